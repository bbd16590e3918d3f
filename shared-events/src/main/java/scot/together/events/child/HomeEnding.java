package scot.together.events.child;

/** How a child's previous home ended when they moved on: as the plan said, or before it. */
public enum HomeEnding {
    PLANNED, UNPLANNED
}
