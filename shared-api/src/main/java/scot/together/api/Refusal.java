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
    /** Not signed in. */
    public static final String UNAUTHORIZED = "UNAUTHORIZED";
    /** Refusals of the request itself rather than what it asks (HTTP 405, 406, 413, 415). */
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";
    public static final String CONTENT_TOO_LARGE = "CONTENT_TOO_LARGE";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    /** An Idempotency-Key sent again by the same person with a request that differs from the first. */
    public static final String IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED";
    /** Too many failed sign-ins with this name or from this address, for now (HTTP 429). */
    public static final String SIGN_IN_LOCKED = "SIGN_IN_LOCKED";
    /** A part of Together (Axon Server, another process, the database) is out of reach for now (HTTP 503). */
    public static final String UNAVAILABLE = "UNAVAILABLE";
    /** A fault on Together's side (HTTP 500). */
    public static final String INTERNAL = "INTERNAL";
}
