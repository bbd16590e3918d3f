package scot.together.api.caseload;

/**
 * Decisions taken, newest first, at most {@link #LIMIT}: separations (for the Head of Service) or
 * exclusions (for the heads), with every comment; a list of {@link PastDecision}.
 */
public record PastDecisions(Kind kind) {
    public static final int LIMIT = 50;

    /** EXCLUSIONS_WAITING: the formal exclusions still waiting, with the decisions given so far. */
    public enum Kind { SEPARATIONS, EXCLUSIONS, EXCLUSIONS_WAITING }
}
