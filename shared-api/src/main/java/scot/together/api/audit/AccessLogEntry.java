package scot.together.api.audit;

import java.time.Instant;

/** One look at a child's record: who, in which role, when, and at what ({@code what}: the record, history, ...). */
public record AccessLogEntry(String viewer, String role, Instant viewedAt, String what) {
}
