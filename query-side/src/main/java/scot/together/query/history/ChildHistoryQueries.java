package scot.together.query.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.api.RecordedDates;
import scot.together.api.child.ChildHistory;
import scot.together.api.child.HistoryEntry;
import scot.together.events.CareEvent;
import scot.together.events.audit.RecordMarkedInError;

/**
 * A child's history: every event that concerns them, oldest first (in the order the events were
 * stored), in plain words, and if it is in error.
 */
@Component
public class ChildHistoryQueries {

    private final JdbcTemplate jdbc;
    private final Descriptions descriptions;

    public ChildHistoryQueries(JdbcTemplate jdbc, Descriptions descriptions) {
        this.jdbc = jdbc;
        this.descriptions = descriptions;
    }

    @QueryHandler
    public List<HistoryEntry> handle(ChildHistory query) {
        Integer known = jdbc.queryForObject("SELECT count(*) FROM child WHERE id = ?", Integer.class,
                query.childId());
        if (known == null || known == 0) {
            return List.of();
        }
        Names names = names(query.pseudonymised());
        Map<String, HistoryEntry> earlier = new HashMap<>();
        // the entry a correction names: read before it, or on an earlier page of the child's story
        Function<String, Optional<HistoryEntry>> corrected = id -> Optional.ofNullable(earlier.get(id))
                .or(() -> earlierEntry(id, query.childId(), names));
        return jdbc.query("""
                SELECT l.event_id, l.event_type, l.payload::text AS payload, l.effective_date, l.recorded_at,
                       l.recorded_by, l.role, r.event_id IS NOT NULL AS in_error
                FROM event_child c JOIN event_log l ON l.event_id = c.event_id
                     LEFT JOIN record_in_error r ON r.event_id = l.event_id
                WHERE c.child_id = ? ORDER BY %s%s OFFSET ? LIMIT ?
                """.formatted(query.inTheOrderTheyHappened() ? "l.effective_date NULLS LAST, " : "",
                EventLogProjection.IN_ORDER), (rs, row) -> {
            HistoryEntry entry = entry(rs, corrected, names);
            earlier.put(entry.eventId(), entry);
            return entry;
        }, query.childId(), query.slice().offset(), query.slice().limit());
    }

    private HistoryEntry entry(ResultSet rs, Function<String, Optional<HistoryEntry>> corrected, Names names)
            throws SQLException {
        CareEvent event = descriptions.read(rs.getString("event_type"), rs.getString("payload"));
        Instant recordedAt = rs.getTimestamp("recorded_at").toInstant();
        return new HistoryEntry(rs.getString("event_id"), event.getClass().getSimpleName(),
                names.day(event, recordedAt), recordedAt, rs.getString("recorded_by"),
                rs.getString("role"), summary(event, corrected, names), rs.getBoolean("in_error"));
    }

    /** An entry of the child's story on an earlier page than the correction that names it. */
    private Optional<HistoryEntry> earlierEntry(String eventId, UUID childId, Names names) {
        return jdbc.query("""
                SELECT l.event_id, l.event_type, l.payload::text AS payload, l.effective_date, l.recorded_at,
                       l.recorded_by, l.role, r.event_id IS NOT NULL AS in_error
                FROM event_child c JOIN event_log l ON l.event_id = c.event_id
                     LEFT JOIN record_in_error r ON r.event_id = l.event_id
                WHERE c.child_id = ? AND l.event_id = ?
                """, (rs, row) -> entry(rs, id -> Optional.empty(), names), childId, eventId).stream().findFirst();
    }

    /**
     * The event in plain words. A correction names the entry it corrects by that entry's words and
     * day, as the child's story shows them (the audit names it by its id), and why, unless the
     * reader sees no free text.
     */
    private String summary(CareEvent event, Function<String, Optional<HistoryEntry>> correctedEntry, Names names) {
        Optional<HistoryEntry> named = event instanceof RecordMarkedInError correction
                ? correctedEntry.apply(correction.eventId()) : Optional.empty();
        if (event instanceof RecordMarkedInError correction && named.isPresent()) {
            HistoryEntry corrected = named.get();
            boolean why = !names.pseudonymised() && correction.reason() != null && !correction.reason().isBlank();
            return "Marked as recorded in error: \u201c" + corrected.summary() + "\u201d (" + RecordedDates.inWords(corrected.effectiveDate())
                    + ")" + (why ? ". Why: " + correction.reason() : "");
        }
        return descriptions.describe(event, names);
    }

    /** Names looked up once each, for one answer. */
    public Names names(boolean pseudonymised) {
        Map<UUID, String> children = new HashMap<>();
        Map<UUID, String> homes = new HashMap<>();
        Map<UUID, Optional<LocalDate>> births = new HashMap<>();
        return new Names() {
            @Override
            public String child(UUID childId) {
                return children.computeIfAbsent(childId, id -> jdbc.query(
                        "SELECT pseudonym, given_name, family_name FROM child WHERE id = ?",
                        rs -> rs.next() ? (pseudonymised ? rs.getString(1) : rs.getString(2) + " " + rs.getString(3))
                                : "an unknown child", id));
            }

            @Override
            public String home(UUID homeId) {
                return homes.computeIfAbsent(homeId, id -> jdbc.query(
                        "SELECT name, kind, within_authority FROM home WHERE id = ?",
                        rs -> !rs.next() ? "a home not yet known" : pseudonymised
                                ? HomeKinds.described(rs.getString(2), rs.getBoolean(3)) : rs.getString(1), id));
            }

            @Override
            public LocalDate bornOn(UUID childId) {
                return births.computeIfAbsent(childId, id -> jdbc.query(
                        "SELECT date_of_birth FROM child WHERE id = ?",
                        rs -> rs.next() ? Optional.of(rs.getDate(1).toLocalDate()) : Optional.<LocalDate>empty(), id))
                        .orElse(null);
            }

            @Override
            public boolean pseudonymised() {
                return pseudonymised;
            }
        };
    }
}
