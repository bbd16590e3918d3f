package scot.together.api.caseload;

/** One worker's caseload in a team today: how many children, and how many things are due and overdue for them. */
public record WorkerCaseload(String team, String worker, int children, int due, int overdue) {
}
