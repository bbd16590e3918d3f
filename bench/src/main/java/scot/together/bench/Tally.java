package scot.together.bench;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The bare Axon command the bench compares recording with: a new aggregate that records one
 * event and checks nothing, on the same command bus, event store and PostgreSQL as Together.
 */
@Aggregate
public class Tally {

    /** Records one {@link Counted}. */
    public record Count(UUID tallyId) {
    }

    /** What {@link Count} records. */
    public record Counted(UUID tallyId) {
    }

    @AggregateIdentifier
    private UUID tallyId;

    protected Tally() {
        // for Axon
    }

    @CommandHandler
    public Tally(Count command) {
        apply(new Counted(command.tallyId()));
    }

    @EventSourcingHandler
    void on(Counted event) {
        tallyId = event.tallyId();
    }
}
