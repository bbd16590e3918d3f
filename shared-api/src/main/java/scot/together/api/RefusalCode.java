package scot.together.api;

/**
 * Every stable, machine-readable code Together answers a refusal with, and the HTTP status it
 * is answered with: the one list, for the rules on the command side, the API and the pages
 * alike. A code's name is its wire form ({@code "code"} of a problem answer), so a code is
 * never renamed or removed; new ones are added.
 */
public enum RefusalCode {

    // the request itself
    /** Malformed JSON, a missing or bad field, an impossible value. */
    VALIDATION(400),
    /** Not signed in, or the name, password or token is wrong. */
    UNAUTHORIZED(401),
    /** Signed in, without a role that may do this. */
    FORBIDDEN(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    CONTENT_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    /** Another refusal of HTTP itself (an address or headers too long, say); answered with its own status. */
    REQUEST_REFUSED(400),
    /** Too many failed sign-ins with this name or from this address, for now. */
    SIGN_IN_LOCKED(429),
    /** An Idempotency-Key sent again by the same person with a request that differs from the first. */
    IDEMPOTENCY_KEY_REUSED(409),
    /** Someone else changed the record at the same moment. */
    CONCURRENT_CHANGE(409),

    // dates
    DATE_IN_FUTURE(409),
    DATE_TOO_EARLY(409),
    DATE_TOO_FAR_AHEAD(409),
    DATE_BEFORE_BIRTH(409),
    /** A date before an earlier one of the same record (an end before its start, say). */
    DATE_OUT_OF_ORDER(409),

    // a child's record
    /** A registration that asked first, of a child with the name and date of birth of one already registered. */
    REGISTERED_ALIKE(409),
    /** An allocation to someone who has no account. */
    UNKNOWN_WORKER(409),

    // a child's episodes and homes
    OVERLAPPING_EPISODE(409),
    NO_OPEN_EPISODE(409),
    EPISODE_ENDED(409),
    ALREADY_LIVES_THERE(409),

    // brothers and sisters, separations, family time
    /** A move would leave brothers and sisters apart without an approved separation covering them. */
    SEPARATION_NOT_APPROVED(409),
    /** A review or end of a separation that is not approved and in force. */
    SEPARATION_NOT_IN_FORCE(409),
    ALREADY_RECORDED(409),
    ALREADY_ENDED(409),
    PLAN_ENDED(409),

    // decisions
    /** The requester or proposer may not decide their own request. */
    SELF_APPROVAL(409),
    SAME_PERSON_BOTH_APPROVALS(409),
    ALREADY_DECIDED(409),
    ROLE_ALREADY_APPROVED(409),

    // exclusions, secure care
    NOT_CARE_EXPERIENCED(409),
    INFORMAL_NOT_DECIDED(409),
    ALREADY_DISCHARGED(409),
    ALREADY_IN_SECURE_CARE(409),

    // corrections
    ALREADY_IN_ERROR(409),
    NOT_CORRECTABLE(409),

    // Together's side
    /** A fault on Together's side. */
    INTERNAL(500),
    /** A part of Together (Axon Server, another process) is out of reach for now. */
    UNAVAILABLE(503);

    private final int status;

    RefusalCode(int status) {
        this.status = status;
    }

    /** The HTTP status this refusal is answered with. */
    public int status() {
        return status;
    }

    /** Whether the refusal is about a date the person gave (a form shows it at that date's field). */
    public boolean aboutADate() {
        return switch (this) {
            case DATE_IN_FUTURE, DATE_TOO_EARLY, DATE_TOO_FAR_AHEAD, DATE_BEFORE_BIRTH, DATE_OUT_OF_ORDER -> true;
            default -> false;
        };
    }
}
