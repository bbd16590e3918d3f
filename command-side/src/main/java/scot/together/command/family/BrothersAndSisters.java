package scot.together.command.family;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static scot.together.command.EffectiveDates.happened;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import scot.together.api.RefusalCode;
import scot.together.command.corrections.CorrectableRecord;
import scot.together.api.family.EndBrothersAndSisters;
import scot.together.api.family.RecordBrothersAndSisters;
import scot.together.command.RuleViolation;
import scot.together.command.child.Child;
import scot.together.command.family.ChildrenOnRecord.ChildOnRecord;
import scot.together.events.family.BrothersAndSistersEnded;
import scot.together.events.family.BrothersAndSistersRecorded;

/** Two children are brother or sister to each other: one relationship, the same seen from either child. */
@Aggregate(repository = "brothersAndSistersRepository")
public class BrothersAndSisters extends CorrectableRecord {


    @AggregateIdentifier
    private UUID relationshipId;
    private UUID childId;
    private UUID otherChildId;
    private LocalDate since;
    private LocalDate endedOn;

    protected BrothersAndSisters() {
        // for Axon
    }

    @CommandHandler
    public BrothersAndSisters(RecordBrothersAndSisters command, Clock clock, ChildrenOnRecord children) {
        if (command.childId().equals(command.otherChildId())) {
            throw RuleViolation.validation("childId and otherChildId are the same child; a relationship needs two.");
        }
        // serialises with moves of either child, which check their brothers and sisters
        children.lock(List.of(command.childId(), command.otherChildId()));
        for (UUID id : List.of(command.childId(), command.otherChildId())) {
            ChildOnRecord child = children.find(id)
                    .orElseThrow(() -> RuleViolation.notFound("There is no child " + id + "."));
            if (command.since().isBefore(child.dateOfBirth())) {
                throw new RuleViolation(RefusalCode.DATE_BEFORE_BIRTH, "The relationship cannot begin (" + command.since()
                        + ") before the date of birth of child " + id + ".");
            }
        }
        happened(command.since(), "The relationship's start", clock);
        if (children.relatedNow(command.childId(), command.otherChildId())) {
            throw new RuleViolation(RefusalCode.ALREADY_RECORDED, "These two children are already recorded as brothers or"
                    + " sisters; end that relationship first if it was recorded wrongly.");
        }
        apply(new BrothersAndSistersRecorded(command.relationshipId(), command.childId(), command.otherChildId(),
                command.kind(), command.since()));
    }

    @CommandHandler
    public void handle(EndBrothersAndSisters command, Clock clock) {
        if (endedOn != null) {
            throw new RuleViolation(RefusalCode.ALREADY_ENDED, "This relationship already ended on " + endedOn + ".");
        }
        happened(command.date(), "The relationship's end", clock);
        if (command.date().isBefore(since)) {
            throw new RuleViolation(RefusalCode.DATE_OUT_OF_ORDER, "The relationship began on " + since
                    + "; it cannot end before that (" + command.date() + ").");
        }
        apply(new BrothersAndSistersEnded(relationshipId, childId, otherChildId, command.reason(), command.date()));
    }

    @EventSourcingHandler
    void on(BrothersAndSistersRecorded event) {
        relationshipId = event.relationshipId();
        childId = event.childId();
        otherChildId = event.otherChildId();
        since = event.effectiveDate();
    }

    @EventSourcingHandler
    void on(BrothersAndSistersEnded event) {
        endedOn = event.effectiveDate();
    }
}
