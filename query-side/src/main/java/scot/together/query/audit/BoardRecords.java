package scot.together.query.audit;

/** The read model of exclusions, restraint, secure care, permanence plans and records marked in error. */
public final class BoardRecords {

    public static final String GROUP = "board-records";

    private BoardRecords() {
    }
}
