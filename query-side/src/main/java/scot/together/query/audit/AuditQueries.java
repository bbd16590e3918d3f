package scot.together.query.audit;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.api.audit.AuditEntries;
import scot.together.api.audit.AuditEntry;
import scot.together.api.audit.AuditTrail;
import scot.together.api.audit.ChildAudit;
import scot.together.api.audit.ChildRef;
import scot.together.events.CareEvent;
import scot.together.query.history.ChildHistoryQueries;
import scot.together.query.history.Descriptions;
import scot.together.query.history.EventLogProjection;
import scot.together.query.history.Names;

/**
 * The audit history: every event, in the order the events were stored, in plain words with when
 * it happened, when and by whom it was recorded, and whether a correction later marked it as
 * recorded in error. For a pseudonymised reader children appear by pseudonym only, and the
 * descriptions leave out free text.
 */
@Component
public class AuditQueries {

    private static final String SELECT = """
            SELECT l.event_id, l.event_type, l.payload::text AS payload, l.recorded_at, l.recorded_by, l.role,
                   r.correction_event
            FROM event_log l LEFT JOIN record_in_error r ON r.event_id = l.event_id
            """;

    private final JdbcTemplate jdbc;
    private final Descriptions descriptions;
    private final ChildHistoryQueries history;
    private final Clock clock;

    public AuditQueries(JdbcTemplate jdbc, Descriptions descriptions, ChildHistoryQueries history, Clock clock) {
        this.jdbc = jdbc;
        this.descriptions = descriptions;
        this.history = history;
        this.clock = clock;
    }

    @QueryHandler
    public AuditEntries handle(AuditTrail query) {
        Timestamp from = Timestamp.from(query.from().atStartOfDay(clock.getZone()).toInstant());
        Timestamp to = Timestamp.from(query.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        Date effectiveFrom = query.effectiveFrom() == null ? null : Date.valueOf(query.effectiveFrom());
        Date effectiveTo = query.effectiveTo() == null ? null : Date.valueOf(query.effectiveTo());
        return new AuditEntries(entries(SELECT + """
                WHERE l.recorded_at >= ? AND l.recorded_at < ?
                  AND (?::date IS NULL OR l.effective_date >= ?) AND (?::date IS NULL OR l.effective_date <= ?)
                  AND (?::text IS NULL OR l.event_type LIKE '%.' || ?) AND (?::text IS NULL OR l.recorded_by = ?)
                ORDER BY\s""" + EventLogProjection.IN_ORDER + " OFFSET ? LIMIT ?", query.pseudonymised(), from, to,
                effectiveFrom, effectiveFrom, effectiveTo, effectiveTo, query.type(), query.type(), query.user(),
                query.user(), query.offset(), query.limit()));
    }

    @QueryHandler
    public AuditEntries handle(ChildAudit query) {
        return new AuditEntries(entries(SELECT + """
                JOIN event_child c ON c.event_id = l.event_id
                WHERE c.child_id = ? ORDER BY\s""" + EventLogProjection.IN_ORDER, query.pseudonymised(),
                query.childId()));
    }

    private List<AuditEntry> entries(String sql, boolean pseudonymised, Object... args) {
        Names names = history.names(pseudonymised);
        Map<UUID, String> pseudonyms = new HashMap<>();
        List<AuditEntry> entries = new ArrayList<>();
        jdbc.query(sql, rs -> {
            CareEvent event = descriptions.read(rs.getString("event_type"), rs.getString("payload"));
            List<ChildRef> children = event.children().stream()
                    .map(id -> new ChildRef(pseudonyms.computeIfAbsent(id, this::pseudonym), pseudonymised ? null : id))
                    .toList();
            Instant recordedAt = rs.getTimestamp("recorded_at").toInstant();
            entries.add(new AuditEntry(rs.getString("event_id"), event.getClass().getSimpleName(),
                    names.day(event, recordedAt), recordedAt, rs.getString("recorded_by"),
                    rs.getString("role"), descriptions.describe(event, names), children,
                    rs.getString("correction_event") != null, rs.getString("correction_event")));
        }, args);
        return entries;
    }

    private String pseudonym(UUID childId) {
        return jdbc.query("SELECT pseudonym FROM child WHERE id = ?", rs -> rs.next() ? rs.getString(1) : null,
                childId);
    }
}
