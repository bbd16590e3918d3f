package scot.together.command.family;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static scot.together.command.EffectiveDates.happened;
import static scot.together.command.EffectiveDates.notBeforeBirth;
import static scot.together.command.EffectiveDates.planned;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import scot.together.api.RefusalCode;
import scot.together.command.corrections.CorrectableRecord;
import scot.together.api.family.EndFamilyTimePlan;
import scot.together.api.family.PlanFamilyTime;
import scot.together.api.family.RecordFamilyTime;
import scot.together.command.RuleViolation;
import scot.together.command.child.Child;
import scot.together.events.family.FamilyTimePlanEnded;
import scot.together.events.family.FamilyTimePlanned;
import scot.together.events.family.FamilyTimeRecorded;

/** Family time planned for brothers and sisters living apart, and what actually happened. */
@Aggregate(repository = "familyTimePlanRepository")
public class FamilyTimePlan extends CorrectableRecord {


    @AggregateIdentifier
    private UUID planId;
    private List<UUID> childIds;
    private LocalDate start;
    private LocalDate endedOn;

    protected FamilyTimePlan() {
        // for Axon
    }

    @CommandHandler
    public FamilyTimePlan(PlanFamilyTime command, ChildrenOnRecord children, Clock clock) {
        Set<UUID> distinct = new LinkedHashSet<>(command.childIds());
        if (distinct.size() < 2 || distinct.size() != command.childIds().size()) {
            throw RuleViolation.validation("childIds must name two or more different children: family time is"
                    + " between brothers and sisters.");
        }
        planned(command.startDate(), "The plan's start", clock);
        for (UUID id : distinct) {
            LocalDate born = children.find(id).orElseThrow(() -> RuleViolation.notFound("There is no child " + id
                    + ".")).dateOfBirth();
            notBeforeBirth(command.startDate(), born, "The plan's start");
        }
        apply(new FamilyTimePlanned(command.planId(), List.copyOf(command.childIds()), command.howOften(),
                command.withWhom(), command.startDate()));
    }

    @CommandHandler
    public UUID handle(RecordFamilyTime command, Clock clock) {
        LocalDate date = command.date();
        happened(date, "The family time", clock);
        if (date.isBefore(start) || (endedOn != null && !date.isBefore(endedOn))) {
            throw new RuleViolation(RefusalCode.DATE_OUT_OF_ORDER, "The plan holds from " + start
                    + (endedOn == null ? "" : " until " + endedOn) + "; " + date + " is outside it.");
        }
        boolean whyNotGiven = command.whyNot() != null && !command.whyNot().isBlank();
        if (!command.happened() && !whyNotGiven) {
            throw RuleViolation.validation("whyNot is required when the family time did not happen.");
        }
        if (command.happened() && whyNotGiven) {
            throw RuleViolation.validation("whyNot is only for family time that did not happen.");
        }
        apply(new FamilyTimeRecorded(planId, command.sessionId(), childIds, command.happened(), command.whyNot(),
                date));
        return command.sessionId();
    }

    @CommandHandler
    public void handle(EndFamilyTimePlan command, Clock clock) {
        if (endedOn != null) {
            throw new RuleViolation(RefusalCode.PLAN_ENDED, "This plan already ended on " + endedOn + ".");
        }
        happened(command.date(), "The end of the plan", clock);
        if (!command.date().isAfter(start)) {
            throw new RuleViolation(RefusalCode.DATE_OUT_OF_ORDER, "The plan began on " + start + "; it can end only after"
                    + " that.");
        }
        apply(new FamilyTimePlanEnded(planId, childIds, command.reason(), command.date()));
    }

    @EventSourcingHandler
    void on(FamilyTimePlanned event) {
        planId = event.planId();
        childIds = event.childIds();
        start = event.effectiveDate();
    }

    @EventSourcingHandler
    void on(FamilyTimePlanEnded event) {
        endedOn = event.effectiveDate();
    }
}
