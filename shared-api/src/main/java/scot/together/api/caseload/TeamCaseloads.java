package scot.together.api.caseload;

import scot.together.api.Slice;

/**
 * Every team's caseload today, worker by worker (by team, then worker); a list of
 * {@link WorkerCaseload}. Only the {@code slice} of workers asked for (one page of a long list).
 */
public record TeamCaseloads(Slice slice) {

    /** Every worker. */
    public TeamCaseloads() {
        this(Slice.ALL);
    }
}
