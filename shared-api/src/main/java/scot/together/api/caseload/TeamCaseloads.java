package scot.together.api.caseload;

/** Every team's caseload today, worker by worker; a list of {@link WorkerCaseload}. */
public record TeamCaseloads() {
}
