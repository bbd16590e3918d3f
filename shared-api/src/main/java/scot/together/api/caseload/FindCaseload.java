package scot.together.api.caseload;

/** The children allocated to the worker today, by name, each with what is due; a list of {@link CaseloadChild}. */
public record FindCaseload(String worker) {
}
