package scot.together.events.family;

/** What a review of a separation decides. */
public enum ReviewOutcome {
    /** The children stay apart for now; reviewed again by the next review date. */
    CONTINUE,
    /** Work towards the children living together again. */
    REUNITE
}
