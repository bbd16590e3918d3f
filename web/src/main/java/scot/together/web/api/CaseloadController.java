package scot.together.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import scot.together.api.caseload.CaseloadChild;
import scot.together.api.caseload.Due;
import scot.together.api.caseload.FindCaseload;
import scot.together.api.caseload.TeamCaseloads;
import scot.together.api.caseload.WorkerCaseload;
import scot.together.web.security.Actor;
import scot.together.api.Role;
import scot.together.api.Slice;

@RestController
@Tag(name = "Caseloads", description = "The children allocated to each worker, and what is due for them")
public class CaseloadController {

    /** The most children or workers in one answer when a limit is given. */
    static final int MOST_IN_ONE_ANSWER = 10_000;

    private final Queries queries;
    private final Actor actor;
    private final WorkDue workDue;

    public CaseloadController(Queries queries, Actor actor, WorkDue workDue) {
        this.queries = queries;
        this.actor = actor;
        this.workDue = workDue;
    }

    @GetMapping("/api/caseload")
    @Operation(summary = "The children allocated to the signed-in worker today, with where each lives and what is due",
            description = "A Head of Service may name another worker (worker=user name). due: [{kind, dueOn,"
                    + " overdue, recordId, count}], kind one of SEPARATION_REVIEW, FAMILY_TIME, PERMANENCE_PLAN,"
                    + " EXCLUSION_DECISION, SEPARATION_DECISION. Optionally at most `limit` children (1 to 10000),"
                    + " by name, after the first `offset` (default 0); without them, every child.")
    public List<CaseloadChild> caseload(@RequestParam(required = false) String worker,
                                        @RequestParam(required = false) Integer offset,
                                        @RequestParam(required = false) Integer limit) {
        Slice slice = Slices.asked(offset, limit, MOST_IN_ONE_ANSWER, Slice.ALL.limit());
        String me = SecurityContextHolder.getContext().getAuthentication().getName();
        if (worker != null && !worker.equals(me)) {
            return queries.list(new FindCaseload(worker, slice), CaseloadChild.class, Role.HEAD_OF_SERVICE);
        }
        return queries.list(new FindCaseload(me, slice), CaseloadChild.class, Role.SOCIAL_WORKER,
                Role.HEAD_OF_SERVICE);
    }

    @GetMapping("/api/caseloads")
    @Operation(summary = "Every team's caseload today, worker by worker, with how much is due and overdue",
            description = "By team, then worker. Optionally at most `limit` workers (1 to 10000) after the first"
                    + " `offset` (default 0); without them, every worker.")
    public List<WorkerCaseload> caseloads(@RequestParam(required = false) Integer offset,
                                          @RequestParam(required = false) Integer limit) {
        return queries.list(new TeamCaseloads(Slices.asked(offset, limit, MOST_IN_ONE_ANSWER, Slice.ALL.limit())),
                WorkerCaseload.class, Role.HEAD_OF_SERVICE);
    }

    @GetMapping("/api/due")
    @Operation(summary = "What is due for the signed-in person, soonest first",
            description = "For their caseload, and for a Head of Service every separation waiting or due for"
                    + " review, for the heads every exclusion waiting.")
    public List<Due> due() {
        actor.as(Role.CASEWORK);
        return workDue.forMe();
    }
}
