package scot.together.api.caseload;

import scot.together.api.Slice;

/**
 * The children allocated to the worker today, by name, each with what is due; a list of
 * {@link CaseloadChild}. Only the {@code slice} asked for (one page of a long caseload).
 */
public record FindCaseload(String worker, Slice slice) {

    /** Every child on the caseload. */
    public FindCaseload(String worker) {
        this(worker, Slice.ALL);
    }
}
