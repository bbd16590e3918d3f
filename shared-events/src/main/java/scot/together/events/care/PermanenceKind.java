package scot.together.events.care;

/** The kind of permanent plan agreed for a child. */
public enum PermanenceKind {
    RETURN_HOME,
    KINSHIP_CARE,
    LONG_TERM_FOSTERING,
    PERMANENCE_ORDER,
    ADOPTION,
    OTHER
}
