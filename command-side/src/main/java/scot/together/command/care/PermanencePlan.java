package scot.together.command.care;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static scot.together.command.EffectiveDates.happened;
import static scot.together.command.EffectiveDates.notBeforeBirth;

import java.time.Clock;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import scot.together.command.corrections.CorrectableRecord;
import scot.together.api.care.RecordPermanencePlan;
import scot.together.events.care.PermanencePlanRecorded;

/** A permanent plan agreed for a child. */
@Aggregate(repository = "permanencePlanRepository")
public class PermanencePlan extends CorrectableRecord {

    @AggregateIdentifier
    private UUID planId;

    protected PermanencePlan() {
        // for Axon
    }

    @CommandHandler
    public PermanencePlan(RecordPermanencePlan command, ChildRecords children, Clock clock) {
        happened(command.agreedOn(), "The day the plan was agreed", clock);
        notBeforeBirth(command.agreedOn(), children.bornOn(command.childId()), "The day the plan was agreed");
        apply(new PermanencePlanRecorded(command.planId(), command.childId(), command.kind(), command.agreedOn()));
    }

    @EventSourcingHandler
    void on(PermanencePlanRecorded event) {
        planId = event.planId();
    }
}
