package scot.together.command.home;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static scot.together.command.EffectiveDates.happened;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import scot.together.api.home.RecordHomePlaces;
import scot.together.api.home.RegisterHome;
import scot.together.command.RuleViolation;
import scot.together.command.corrections.CorrectableRecord;
import scot.together.events.home.HomePlacesRecorded;
import scot.together.events.home.HomeRegistered;

/** A home a child may live in, with how many children it can take where that is recorded. */
@Aggregate(repository = "homeRepository")
public class Home extends CorrectableRecord {

    /** More than any children's house in Scotland takes; a larger number is a slip of the keyboard. */
    static final int MOST_PLACES = 50;
    static final int OLDEST = 26;

    @AggregateIdentifier
    private UUID homeId;

    protected Home() {
        // for Axon
    }

    @CommandHandler
    public Home(RegisterHome command, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (command.places() == null && (command.youngestAge() != null || command.oldestAge() != null)) {
            throw RuleViolation.validation("places: say how many children the home can take, with the ages it is"
                    + " approved for.");
        }
        if (command.places() != null) {
            checkPlaces(command.places(), command.youngestAge(), command.oldestAge());
        }
        apply(new HomeRegistered(command.homeId(), command.name().strip(), command.kind(), command.withinAuthority(),
                today));
        if (command.places() != null) {
            apply(new HomePlacesRecorded(command.homeId(), command.places(), command.youngestAge(),
                    command.oldestAge(), today));
        }
    }

    @CommandHandler
    public void handle(RecordHomePlaces command, Clock clock) {
        LocalDate from = command.from() == null ? LocalDate.now(clock) : command.from();
        happened(from, "The date the places hold from (from)", clock);
        checkPlaces(command.places(), command.youngestAge(), command.oldestAge());
        apply(new HomePlacesRecorded(homeId, command.places(), command.youngestAge(), command.oldestAge(), from));
    }

    private static void checkPlaces(int places, Integer youngest, Integer oldest) {
        if (places < 1 || places > MOST_PLACES) {
            throw RuleViolation.validation("places must be a whole number from 1 to " + MOST_PLACES + ".");
        }
        if ((youngest != null && (youngest < 0 || youngest > OLDEST))
                || (oldest != null && (oldest < 0 || oldest > OLDEST))) {
            throw RuleViolation.validation("The ages the home is approved for must be from 0 to " + OLDEST + ".");
        }
        if (youngest != null && oldest != null && youngest > oldest) {
            throw RuleViolation.validation("youngestAge (" + youngest + ") cannot be more than oldestAge (" + oldest
                    + ").");
        }
    }

    @EventSourcingHandler
    void on(HomeRegistered event) {
        homeId = event.homeId();
    }
}
