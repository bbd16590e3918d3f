package scot.together.web.security;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import scot.together.api.Role;
import scot.together.api.accounts.ErasePassword;
import scot.together.api.accounts.SetPassword;
import scot.together.api.admin.RebuildLookups;
import scot.together.api.admin.RebuildReadModels;
import scot.together.api.admin.RetryParkedEvents;
import scot.together.api.audit.MarkRecordInError;
import scot.together.api.care.AdmitToSecureCare;
import scot.together.api.care.DischargeFromSecureCare;
import scot.together.api.care.RecordPermanencePlan;
import scot.together.api.care.RecordPhysicalIntervention;
import scot.together.api.child.AllocateChild;
import scot.together.api.child.ChangeEpisodeCategory;
import scot.together.api.child.EndEpisode;
import scot.together.api.child.PlaceChild;
import scot.together.api.child.RecordCouncilReference;
import scot.together.api.child.RegisterChild;
import scot.together.api.child.StartEpisode;
import scot.together.api.exclusions.ApproveExclusion;
import scot.together.api.exclusions.ProposeExclusion;
import scot.together.api.exclusions.RecordInformalExclusion;
import scot.together.api.exclusions.RefuseExclusion;
import scot.together.api.family.ApproveSeparation;
import scot.together.api.family.EndBrothersAndSisters;
import scot.together.api.family.EndFamilyTimePlan;
import scot.together.api.family.EndSeparation;
import scot.together.api.family.MoveTogether;
import scot.together.api.family.PlanFamilyTime;
import scot.together.api.family.ProposeSeparationMove;
import scot.together.api.family.RecordBrothersAndSisters;
import scot.together.api.family.RecordFamilyTime;
import scot.together.api.family.RefuseSeparation;
import scot.together.api.family.RequestSeparation;
import scot.together.api.family.ReviewSeparation;
import scot.together.api.home.RecordHomePlaces;
import scot.together.api.home.RegisterHome;

/**
 * Which roles may send each command, the one place that says so: the API refuses anyone else
 * (403), and the pages show a command's form only to these roles (403 for its page otherwise).
 * A command not listed here cannot be sent from the web at all.
 */
public final class CommandRoles {

    private static final Role[] PROPOSE_EXCLUSIONS = {Role.SOCIAL_WORKER, Role.HEAD_OF_SERVICE, Role.HEAD_OF_EDUCATION};
    private static final Role[] DECIDE_EXCLUSIONS = {Role.HEAD_OF_EDUCATION, Role.HEAD_OF_CF_SOCIAL_WORK};
    private static final Role[] DECIDE_SEPARATIONS = {Role.HEAD_OF_SERVICE};
    private static final Role[] ADMINISTER = {Role.ADMIN};

    private static final Map<Class<?>, Role[]> MAY_SEND = Map.ofEntries(
            Map.entry(RegisterChild.class, Role.RECORDERS),
            Map.entry(StartEpisode.class, Role.RECORDERS),
            Map.entry(ChangeEpisodeCategory.class, Role.RECORDERS),
            Map.entry(EndEpisode.class, Role.RECORDERS),
            Map.entry(RegisterHome.class, Role.RECORDERS),
            Map.entry(RecordHomePlaces.class, Role.RECORDERS),
            Map.entry(PlaceChild.class, Role.RECORDERS),
            Map.entry(MoveTogether.class, Role.RECORDERS),
            Map.entry(RecordBrothersAndSisters.class, Role.RECORDERS),
            Map.entry(EndBrothersAndSisters.class, Role.RECORDERS),
            Map.entry(RequestSeparation.class, Role.RECORDERS),
            Map.entry(EndSeparation.class, Role.RECORDERS),
            Map.entry(ApproveSeparation.class, DECIDE_SEPARATIONS),
            Map.entry(RefuseSeparation.class, DECIDE_SEPARATIONS),
            Map.entry(ReviewSeparation.class, DECIDE_SEPARATIONS),
            Map.entry(PlanFamilyTime.class, Role.RECORDERS),
            Map.entry(RecordFamilyTime.class, Role.RECORDERS),
            Map.entry(EndFamilyTimePlan.class, Role.RECORDERS),
            Map.entry(ProposeExclusion.class, PROPOSE_EXCLUSIONS),
            Map.entry(RecordInformalExclusion.class, PROPOSE_EXCLUSIONS),
            Map.entry(ApproveExclusion.class, DECIDE_EXCLUSIONS),
            Map.entry(RefuseExclusion.class, DECIDE_EXCLUSIONS),
            Map.entry(RecordPhysicalIntervention.class, Role.RECORDERS),
            Map.entry(AdmitToSecureCare.class, Role.RECORDERS),
            Map.entry(DischargeFromSecureCare.class, Role.RECORDERS),
            Map.entry(RecordPermanencePlan.class, Role.RECORDERS),
            Map.entry(MarkRecordInError.class, Role.RECORDERS),
            Map.entry(RebuildReadModels.class, ADMINISTER),
            Map.entry(RebuildLookups.class, ADMINISTER),
            Map.entry(RetryParkedEvents.class, ADMINISTER),
            Map.entry(SetPassword.class, ADMINISTER),
            Map.entry(ErasePassword.class, ADMINISTER),
            Map.entry(AllocateChild.class, Role.RECORDERS),
            Map.entry(RecordCouncilReference.class, Role.RECORDERS),
            Map.entry(ProposeSeparationMove.class, Role.RECORDERS));

    private CommandRoles() {
    }

    /** The roles that may send the command. */
    public static Role[] of(Class<?> command) {
        Role[] roles = MAY_SEND.get(command);
        if (roles == null) {
            throw new IllegalStateException(command.getSimpleName() + " is not in CommandRoles: say who may send it.");
        }
        return roles.clone();
    }

    /** Every command with who may send it, by the command's simple name: what the pages ask of it. */
    public static Map<String, Set<Role>> all() {
        return MAY_SEND.entrySet().stream().collect(Collectors.toUnmodifiableMap(e -> e.getKey().getSimpleName(),
                e -> Set.copyOf(Arrays.asList(e.getValue()))));
    }
}
