package scot.together.api.caseload;

/** Kinds of work that fall due for a child, each settled by one form. */
public enum DueKind {
    /** An approved separation whose review date is near or past. */
    SEPARATION_REVIEW,
    /** Family time that should have happened by its plan, with nothing recorded about it. */
    FAMILY_TIME,
    /** A looked-after child without a permanence plan, due six months after the episode began. */
    PERMANENCE_PLAN,
    /** A proposed school exclusion waiting for the heads' decisions. */
    EXCLUSION_DECISION,
    /** A separation request waiting for the Head of Service's decision. */
    SEPARATION_DECISION
}
