package scot.together.api.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One recorded event in plain words: when it happened, when and by whom (in what role) it was
 * recorded, the children it concerns, and, if it was later marked as recorded in error, by which
 * correction.
 */
public record AuditEntry(String eventId, String type, LocalDate effectiveDate, Instant recordedAt, String recordedBy,
                         String role, String summary, List<ChildRef> children, boolean inError, String correctedBy) {
}
