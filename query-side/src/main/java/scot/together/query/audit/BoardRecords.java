package scot.together.query.audit;

/** The read model of exclusions, restraint, secure care, permanence plans and records marked in error. */
public final class BoardRecords {

    public static final String GROUP = "board-records";

    /** SQL: true when the event named by the column was marked as recorded in error. */
    public static String inError(String eventIdColumn) {
        return "EXISTS (SELECT 1 FROM query.record_in_error r WHERE r.event_id = " + eventIdColumn + ")";
    }

    private BoardRecords() {
    }
}
