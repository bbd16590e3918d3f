package scot.together.api;

/**
 * Why the service refused a command, carried back to whoever sent it (across processes too,
 * as the details of Axon's CommandExecutionException). {@code code} is stable and
 * machine-readable; {@code detail} is in plain words for the person.
 */
public record Refusal(String code, String detail) {

    public static final String VALIDATION = "VALIDATION";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String FORBIDDEN = "FORBIDDEN";
    public static final String CONCURRENT_CHANGE = "CONCURRENT_CHANGE";
}
