package scot.together.command.exclusion;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static scot.together.command.EffectiveDates.happened;
import static scot.together.command.EffectiveDates.planned;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import scot.together.api.RefusalCode;
import scot.together.api.Role;
import scot.together.command.corrections.CorrectableRecord;
import scot.together.api.RecordedBy;
import scot.together.api.exclusions.ApproveExclusion;
import scot.together.api.exclusions.ProposeExclusion;
import scot.together.api.exclusions.RecordInformalExclusion;
import scot.together.api.exclusions.RefuseExclusion;
import scot.together.command.RuleViolation;
import scot.together.command.care.ChildRecords;
import scot.together.events.exclusion.ExclusionApprovalGiven;
import scot.together.events.exclusion.ExclusionApproved;
import scot.together.events.exclusion.ExclusionProposed;
import scot.together.events.exclusion.ExclusionRefused;
import scot.together.events.exclusion.InformalExclusionRecorded;

/**
 * A school exclusion of a care-experienced pupil. A formal one happens only when a Head of
 * Education and a Head of Children and Families Social Work have each approved it: two
 * different people, neither of them the proposer. A refusal by either ends it. An informal
 * one (sent home, part-time timetable) is recorded as it happened and needs no approval.
 */
@Aggregate(repository = "exclusionRepository")
public class Exclusion extends CorrectableRecord {

    /** The roles that approve, in the order a person holding both acts in them unless they choose one. */
    static final List<String> APPROVING_ROLES = List.of(Role.HEAD_OF_EDUCATION.name(),
            Role.HEAD_OF_CF_SOCIAL_WORK.name());


    @AggregateIdentifier
    private UUID exclusionId;
    private UUID childId;
    private String proposedBy;
    private boolean informal;
    /** Who approved in each role; an approval marked in error is not among them, so that head may decide again. */
    private final Map<String, String> approvals = new LinkedHashMap<>();
    private boolean refused;

    protected Exclusion() {
        // for Axon
    }

    @CommandHandler
    public Exclusion(ProposeExclusion command, @MetaDataValue(RecordedBy.USER) String user, ChildRecords children,
                     Clock clock) {
        planned(command.startDate(), "The exclusion's start", clock);
        schoolDays(command.days());
        mustBeCareExperienced(children, command.childId(), command.startDate());
        apply(new ExclusionProposed(command.exclusionId(), command.childId(), command.school().strip(),
                command.startDate(), command.days(), command.reason(), user, LocalDate.now(clock)));
    }

    @CommandHandler
    public Exclusion(RecordInformalExclusion command, ChildRecords children, Clock clock) {
        happened(command.date(), "The informal exclusion", clock);
        schoolDays(command.days());
        mustBeCareExperienced(children, command.childId(), command.date());
        apply(new InformalExclusionRecorded(command.exclusionId(), command.childId(), command.school().strip(),
                command.days(), command.description(), command.date()));
    }

    @CommandHandler
    public void handle(ApproveExclusion command, @MetaDataValue(RecordedBy.USER) String user,
                       @MetaDataValue(RecordedBy.ROLES) String roles, Clock clock) {
        Map<String, String> approved = new LinkedHashMap<>(approvals);
        List<String> heads = stillUndecided(user, roles, approved);
        if (approved.containsValue(user)) {
            throw new RuleViolation(RefusalCode.SAME_PERSON_BOTH_APPROVALS, "You have already approved this exclusion as "
                    + roleOf(approved, user) + "; the other approval must come from a different person.");
        }
        if (command.actingAs() != null && !heads.contains(command.actingAs())) {
            throw new RuleViolation(RefusalCode.FORBIDDEN, "You do not hold the role " + command.actingAs()
                    + "; approve in a head role you hold.");
        }
        List<String> acting = command.actingAs() == null ? heads : List.of(command.actingAs());
        String role = acting.stream().filter(head -> !approved.containsKey(head)).findFirst()
                .orElseThrow(() -> new RuleViolation(RefusalCode.ROLE_ALREADY_APPROVED, "The " + words(acting.get(0))
                        + " has already approved this exclusion (" + approved.get(acting.get(0)) + "); it now waits"
                        + " for the other head's approval."));
        apply(new ExclusionApprovalGiven(exclusionId, childId, user, role, command.comment(), LocalDate.now(clock)));
        approved.put(role, user);
        if (approved.keySet().containsAll(APPROVING_ROLES)) {
            apply(new ExclusionApproved(exclusionId, childId, LocalDate.now(clock)));
        }
    }

    @CommandHandler
    public void handle(RefuseExclusion command, @MetaDataValue(RecordedBy.USER) String user,
                       @MetaDataValue(RecordedBy.ROLES) String roles, Clock clock) {
        List<String> heads = stillUndecided(user, roles, approvals);
        apply(new ExclusionRefused(exclusionId, childId, user, heads.get(0), command.reason(), LocalDate.now(clock)));
    }

    /** The checks every decision makes; answers the approving roles the person holds. */
    private List<String> stillUndecided(String user, String roles, Map<String, String> approved) {
        if (informal) {
            throw new RuleViolation(RefusalCode.INFORMAL_NOT_DECIDED,
                    "An informal exclusion is recorded as it happened; there is nothing to approve or refuse.");
        }
        if (refused || approved.keySet().containsAll(APPROVING_ROLES)) {
            throw new RuleViolation(RefusalCode.ALREADY_DECIDED, "This exclusion has already been decided.");
        }
        if (user == null || user.equals(proposedBy)) {
            throw new RuleViolation(RefusalCode.SELF_APPROVAL, "You proposed this exclusion, so you cannot decide it.");
        }
        List<String> held = roles == null ? List.of() : Arrays.asList(roles.split(","));
        List<String> heads = APPROVING_ROLES.stream().filter(held::contains).toList();
        if (heads.isEmpty()) {
            throw new RuleViolation(RefusalCode.FORBIDDEN, "Only a Head of Education or a Head of Children and Families"
                    + " Social Work decides an exclusion.");
        }
        return heads;
    }

    private static String roleOf(Map<String, String> approved, String user) {
        return approved.entrySet().stream().filter(e -> e.getValue().equals(user)).map(e -> words(e.getKey()))
                .findFirst().orElse("a head");
    }

    private static String words(String role) {
        return Role.inWords(role);
    }

    private static void schoolDays(int days) {
        if (days < 1 || days > ProposeExclusion.MOST_DAYS) {
            throw RuleViolation.validation("days must be from 1 to " + ProposeExclusion.MOST_DAYS
                    + " school days; " + days + " is not.");
        }
    }

    private static void mustBeCareExperienced(ChildRecords children, UUID childId, LocalDate date) {
        if (!children.careExperiencedOn(childId, date)) {
            throw new RuleViolation(RefusalCode.NOT_CARE_EXPERIENCED, "The pupil is not in an episode of care on " + date
                    + "; Together records exclusions of care-experienced pupils only.");
        }
    }

    @EventSourcingHandler
    void on(ExclusionProposed event) {
        exclusionId = event.exclusionId();
        childId = event.childId();
        proposedBy = event.proposedBy();
    }

    @EventSourcingHandler
    void on(InformalExclusionRecorded event) {
        exclusionId = event.exclusionId();
        childId = event.childId();
        informal = true;
    }

    @EventSourcingHandler
    void on(ExclusionApprovalGiven event) {
        approvals.put(event.role(), event.approvedBy());
    }

    @EventSourcingHandler
    void on(ExclusionRefused event) {
        refused = true;
    }
}
