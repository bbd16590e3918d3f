package scot.together.query.family;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import scot.together.api.RecordedDates;
import scot.together.events.family.BrothersAndSistersEnded;
import scot.together.events.family.BrothersAndSistersRecorded;
import scot.together.events.family.FamilyTimePlanEnded;
import scot.together.events.family.FamilyTimePlanned;
import scot.together.events.family.FamilyTimeRecorded;
import scot.together.events.family.SeparationApproved;
import scot.together.events.family.SeparationPairsNamed;
import scot.together.events.family.SeparationEnded;
import scot.together.events.family.SeparationRefused;
import scot.together.events.family.SeparationRequested;
import scot.together.events.family.SeparationReviewed;
import scot.together.query.history.Describes;
import scot.together.query.history.Names;

/** Plain words for brothers and sisters, separations and family time, in a child's history. */
@Configuration
public class FamilyDescriptions {

    private static String children(List<UUID> ids, Names names) {
        return ids.stream().map(names::child).collect(Collectors.joining(", "));
    }

    @Bean
    Describes<BrothersAndSistersRecorded> brothersAndSistersRecorded() {
        return Describes.of(BrothersAndSistersRecorded.class, (e, names) -> names.child(e.childId()) + " and "
                + names.child(e.otherChildId()) + " recorded as brothers or sisters ("
                + e.kind().name().toLowerCase(Locale.ROOT) + ")");
    }

    @Bean
    Describes<BrothersAndSistersEnded> brothersAndSistersEnded() {
        return Describes.of(BrothersAndSistersEnded.class, (e, names) -> names.child(e.childId()) + " and "
                + names.child(e.otherChildId()) + " no longer recorded as brothers or sisters");
    }

    @Bean
    Describes<SeparationRequested> separationRequested() {
        return Describes.of(SeparationRequested.class, (e, names) -> "Asked the Head of Service to agree that "
                + children(e.childIds(), names) + " live apart, after "
                + (names.pseudonymised() ? "an assessment" : "a " + e.assessment().kind() + " assessment"));
    }

    @Bean
    Describes<SeparationPairsNamed> separationPairsNamed() {
        return Describes.of(SeparationPairsNamed.class, (e, names) -> "Only these would live apart: "
                + String.join("; ", e.apart().stream().map(pair -> names.child(pair.childId()) + " from "
                + names.child(pair.otherChildId())).toList()) + "; the others stay together");
    }

    @Bean
    Describes<SeparationApproved> separationApproved() {
        return Describes.of(SeparationApproved.class, (e, names) -> "The Head of Service agreed that "
                + children(e.childIds(), names) + " live apart");
    }

    @Bean
    Describes<SeparationRefused> separationRefused() {
        return Describes.of(SeparationRefused.class, (e, names) -> "The Head of Service did not agree that "
                + children(e.childIds(), names) + " live apart");
    }

    @Bean
    Describes<SeparationReviewed> separationReviewed() {
        return Describes.of(SeparationReviewed.class, (e, names) -> "Living apart reviewed: "
                + (e.outcome() == scot.together.events.family.ReviewOutcome.REUNITE
                ? "work towards living together again" : "continues, next review by " + RecordedDates.inWords(e.nextReviewBy())));
    }

    @Bean
    Describes<SeparationEnded> separationEnded() {
        return Describes.of(SeparationEnded.class, (e, names) -> "Separation of " + children(e.childIds(), names)
                + " ended");
    }

    @Bean
    Describes<FamilyTimePlanned> familyTimePlanned() {
        return Describes.of(FamilyTimePlanned.class, (e, names) -> "Family time planned for "
                + children(e.childIds(), names) + ", " + e.howOften().name().toLowerCase(Locale.ROOT));
    }

    @Bean
    Describes<FamilyTimeRecorded> familyTimeRecorded() {
        return Describes.of(FamilyTimeRecorded.class, (e, names) -> e.happened() ? "Family time happened"
                : "Family time did not happen" + (names.pseudonymised() ? "" : ": " + e.whyNot()));
    }

    @Bean
    Describes<FamilyTimePlanEnded> familyTimePlanEnded() {
        return Describes.of(FamilyTimePlanEnded.class, (e, names) -> "Family time plan ended");
    }
}
