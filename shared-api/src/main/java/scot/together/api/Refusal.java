package scot.together.api;

/**
 * Why the service refused a command, carried back to whoever sent it (across processes too,
 * as the details of Axon's CommandExecutionException). {@code code} is stable and
 * machine-readable (one of {@link RefusalCode}); {@code detail} is in plain words for the person.
 */
public record Refusal(RefusalCode code, String detail) {
}
