package scot.together.api.audit;

import java.time.LocalDate;

/**
 * Every event recorded from {@code from} to {@code to} (days in the council's zone, both
 * included), oldest first; optionally only those that happened (effective dates) from
 * {@code effectiveFrom} to {@code effectiveTo}, of a type (simple name), or recorded by a user.
 * At most {@code limit} entries, after the first {@code offset} (one page of a long history).
 */
public record AuditTrail(LocalDate from, LocalDate to, LocalDate effectiveFrom, LocalDate effectiveTo, String type,
                         String user, int offset, int limit, boolean pseudonymised) {
}
