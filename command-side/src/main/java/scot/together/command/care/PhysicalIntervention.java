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
import scot.together.api.care.RecordPhysicalIntervention;
import scot.together.events.care.PhysicalInterventionRecorded;

/** A physical intervention (restraint) with a child, recorded once it has happened. */
@Aggregate(repository = "physicalInterventionRepository")
public class PhysicalIntervention extends CorrectableRecord {

    @AggregateIdentifier
    private UUID interventionId;

    protected PhysicalIntervention() {
        // for Axon
    }

    @CommandHandler
    public PhysicalIntervention(RecordPhysicalIntervention command, ChildRecords children, Clock clock) {
        happened(command.date(), "The physical intervention", clock);
        notBeforeBirth(command.date(), children.bornOn(command.childId()), "The physical intervention");
        apply(new PhysicalInterventionRecorded(command.interventionId(), command.childId(), command.setting(),
                command.whatHappened(), command.followUp(), command.date()));
    }

    @EventSourcingHandler
    void on(PhysicalInterventionRecorded event) {
        interventionId = event.interventionId();
    }
}
