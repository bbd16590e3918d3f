package scot.together.api;

import java.time.LocalDate;

/** The span of days Together speaks of: no record begins before 1900, no question reaches past 2200. */
public final class RecordedDates {

    /** No record of a child in care begins before this day. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** No report or "as at" day asks beyond this one. */
    public static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    private RecordedDates() {
    }
}
