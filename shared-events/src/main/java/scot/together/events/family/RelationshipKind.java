package scot.together.events.family;

/** How two children are brothers or sisters, as the child sees it. */
public enum RelationshipKind {
    FULL,
    HALF,
    STEP,
    OTHER
}
