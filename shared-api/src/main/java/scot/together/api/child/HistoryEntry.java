package scot.together.api.child;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One recorded event, in plain words, with when it happened and who recorded it when, and
 * whether a correction has since marked it as recorded in error.
 */
public record HistoryEntry(String eventId, String type, LocalDate effectiveDate, Instant recordedAt,
                           String recordedBy, String role, String summary, boolean inError) {
}
