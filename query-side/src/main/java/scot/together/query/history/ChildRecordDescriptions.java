package scot.together.query.history;

import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import scot.together.api.RecordedDates;
import scot.together.events.CareCategory;
import scot.together.events.child.ChildPlaced;
import scot.together.events.child.ChildRegistered;
import scot.together.events.child.CouncilReferenceRecorded;
import scot.together.events.child.EpisodeCategoryChanged;
import scot.together.events.child.EpisodeEnded;
import scot.together.events.child.EpisodeStarted;
import scot.together.events.child.HomeEnding;
import scot.together.events.home.HomePlacesRecorded;
import scot.together.events.home.HomeRegistered;

/** Plain words for the events of a child's own record and of homes. */
@Configuration
public class ChildRecordDescriptions {

    public static String category(CareCategory category) {
        return switch (category) {
            case LOOKED_AFTER_AT_HOME -> "looked after at home";
            case LOOKED_AFTER_AWAY_FROM_HOME -> "looked after away from home";
            case PREVIOUSLY_LOOKED_AFTER -> "previously looked after (care leaver)";
            case CARE_EXPERIENCED_INFORMAL -> "care experienced (informal care)";
        };
    }

    @Bean
    Describes<ChildRegistered> childRegistered() {
        return Describes.of(ChildRegistered.class, (e, names) -> names.pseudonymised()
                ? "Child " + names.child(e.childId()) + " registered"
                : e.givenName() + " " + e.familyName() + " registered, born " + RecordedDates.inWords(e.dateOfBirth()));
    }

    @Bean
    Describes<CouncilReferenceRecorded> councilReferenceRecorded() {
        // the reference says who the child is: the board is told only that there is one
        return Describes.of(CouncilReferenceRecorded.class, (e, names) -> names.pseudonymised()
                ? "The council's reference recorded"
                : "The council's reference is " + e.reference());
    }

    @Bean
    Describes<EpisodeStarted> episodeStarted() {
        return Describes.of(EpisodeStarted.class, (e, names) -> "Began to be " + category(e.category()));
    }

    @Bean
    Describes<EpisodeCategoryChanged> episodeCategoryChanged() {
        return Describes.of(EpisodeCategoryChanged.class, (e, names) -> "From now on " + category(e.category()));
    }

    @Bean
    Describes<EpisodeEnded> episodeEnded() {
        return Describes.of(EpisodeEnded.class, (e, names) -> "Stopped being looked after"
                + (e.reason() == null || e.reason().isBlank() || names.pseudonymised() ? "" : ": " + e.reason()));
    }

    @Bean
    Describes<ChildPlaced> childPlaced() {
        return Describes.of(ChildPlaced.class, (e, names) -> e.previousHomeEnding() == null
                ? "Began living at " + names.home(e.homeId())
                : "Moved to " + names.home(e.homeId()) + "; the previous home ended "
                + (e.previousHomeEnding() == HomeEnding.PLANNED ? "as planned" : "before it was planned to"));
    }

    @Bean
    Describes<HomeRegistered> homeRegistered() {
        return Describes.of(HomeRegistered.class, (e, names) -> names.pseudonymised()
                ? "Home recorded: " + HomeKinds.described(e.kind().name(), e.withinAuthority())
                : "Home " + e.name() + " recorded (" + e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + ", " + (e.withinAuthority() ? "within" : "outwith") + " the council's area)");
    }

    @Bean
    Describes<HomePlacesRecorded> homePlacesRecorded() {
        return Describes.of(HomePlacesRecorded.class, (e, names) -> (names.pseudonymised() ? "A home"
                : names.home(e.homeId())) + " can take " + e.places() + (e.places() == 1 ? " child" : " children")
                + (e.youngestAge() == null && e.oldestAge() == null ? ""
                : e.oldestAge() == null ? ", aged " + e.youngestAge() + " or over"
                : e.youngestAge() == null ? ", aged up to " + e.oldestAge()
                : ", aged " + e.youngestAge() + " to " + e.oldestAge()));
    }
}
