package scot.together.api;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The span of days Together speaks of: no record begins before 1900, no question reaches past 2200. */
public final class RecordedDates {

    /** No record of a child in care begins before this day. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** No report or "as at" day asks beyond this one. */
    public static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    /** {@code uuuu}, not {@code yyyy}: the year 0 reads as 0, not as 1 (before Christ). */
    private static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private RecordedDates() {
    }

    /** A day as a person reads it: "2 June 2025" (never 2025-06-02). */
    public static String inWords(LocalDate day) {
        return day == null ? "" : IN_WORDS.format(day);
    }

    /**
     * An ISO-8601 duration (as the API gives it, "PT51.609S") as a person reads it: "2 days
     * 3 hours", "51 seconds"; to the second, naming at most the two largest parts.
     */
    public static String durationInWords(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        Duration duration = Duration.parse(iso);
        long[] amounts = {duration.toDaysPart(), duration.toHoursPart(), duration.toMinutesPart(),
                duration.toSecondsPart()};
        String[] units = {"day", "hour", "minute", "second"};
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < amounts.length && parts.size() < 2; i++) {
            if (amounts[i] > 0) {
                parts.add(amounts[i] + " " + units[i] + (amounts[i] == 1 ? "" : "s"));
            } else if (!parts.isEmpty()) {
                break; // "2 days", not "2 days 0 hours 5 minutes"
            }
        }
        return parts.isEmpty() ? "less than a second" : String.join(" ", parts);
    }
}
