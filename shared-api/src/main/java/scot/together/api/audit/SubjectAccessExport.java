package scot.together.api.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every event that concerns the child, as recorded, with every other child named only as
 * "another child": their names, dates of birth and ids are redacted.
 */
public record SubjectAccessExport(UUID childId, String givenName, String familyName, LocalDate dateOfBirth,
                                  Instant producedAt, List<Entry> events) {

    public record Entry(String eventId, String type, LocalDate effectiveDate, Instant recordedAt, String recordedBy,
                        String role, String summary, Map<String, Object> record) {
    }
}
