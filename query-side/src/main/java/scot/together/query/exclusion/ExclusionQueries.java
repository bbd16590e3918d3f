package scot.together.query.exclusion;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.api.audit.ChildRef;
import scot.together.api.exclusions.ExclusionFigures;
import scot.together.api.exclusions.ExclusionReport;
import scot.together.api.exclusions.ExclusionStatus;
import scot.together.api.exclusions.ExclusionSummary;
import scot.together.api.exclusions.FindExclusions;

/**
 * The list of exclusions and the board's exclusion report. An exclusion counts in the period
 * it was proposed (an informal one, on the day it happened); one marked in error counts nowhere.
 */
@Component
public class ExclusionQueries {

    /**
     * Each exclusion with its status and decision time worked out, when read, from the heads'
     * decisions that stand: a refusal ends it, one approval of each head approves it, otherwise
     * it waits. A decision marked in error is no longer in the read model, so it waits for that head again.
     */
    public static final String EXCLUSIONS = """
            SELECT e.*, c.pseudonym, s.standing_status, s.standing_decided_at
            FROM exclusion e JOIN child c ON c.id = e.child_id
            CROSS JOIN LATERAL (
                SELECT CASE WHEN NOT e.formal THEN 'INFORMAL'
                            WHEN bool_or(d.decision = 'REFUSED') THEN 'REFUSED'
                            WHEN count(DISTINCT d.role) FILTER (WHERE d.decision = 'APPROVED') = 2 THEN 'APPROVED'
                            ELSE 'PENDING' END AS standing_status,
                       CASE WHEN NOT e.formal THEN NULL
                            WHEN bool_or(d.decision = 'REFUSED')
                                THEN min(d.decided_at) FILTER (WHERE d.decision = 'REFUSED')
                            WHEN count(DISTINCT d.role) FILTER (WHERE d.decision = 'APPROVED') = 2
                                THEN max(d.decided_at)
                            END AS standing_decided_at
                FROM exclusion_decision d
                WHERE d.exclusion_id = e.id) s
            """;

    private final JdbcTemplate jdbc;

    public ExclusionQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public List<ExclusionSummary> handle(FindExclusions query) {
        String status = query.status() == null ? null : query.status().name();
        List<Row> rows = jdbc.query(EXCLUSIONS + " WHERE (?::text IS NULL OR s.standing_status = ?)"
                + " ORDER BY e.proposed_at DESC, e.id", ExclusionQueries::row, status, status);
        Map<UUID, List<ExclusionFigures.Decision>> decisions = decisions(
                "SELECT d.* FROM exclusion_decision d WHERE d.exclusion_id = ANY (?::uuid[])",
                (Object) rows.stream().map(Row::id).toArray(UUID[]::new));
        return rows.stream().map(r -> new ExclusionSummary(r.id, r.childId, r.status, r.school,
                r.startDate.toLocalDate(), r.days, r.reason, r.proposedBy, r.proposedAt,
                decisions.getOrDefault(r.id, List.of()))).toList();
    }

    @QueryHandler
    public ExclusionFigures handle(ExclusionReport query) {
        Date from = Date.valueOf(query.from());
        Date to = Date.valueOf(query.to());
        List<Row> rows = jdbc.query(EXCLUSIONS + " WHERE e.counted_on BETWEEN ? AND ?"
                + " ORDER BY e.counted_on, e.proposed_at, e.id", ExclusionQueries::row, from, to);
        Map<UUID, List<ExclusionFigures.Decision>> decisions = decisions(
                "SELECT d.* FROM exclusion_decision d JOIN exclusion e ON e.id = d.exclusion_id"
                        + " WHERE e.counted_on BETWEEN ? AND ?", from, to);
        long proposed = 0;
        long daysLost = 0;
        Map<ExclusionStatus, Long> byStatus = new HashMap<>();
        Duration decidingTime = Duration.ZERO;
        long decided = 0;
        List<ExclusionFigures.Item> items = new ArrayList<>();
        for (Row r : rows) {
            byStatus.merge(r.status, 1L, Long::sum);
            if (r.status != ExclusionStatus.INFORMAL) {
                proposed++;
            }
            if (r.status == ExclusionStatus.APPROVED || r.status == ExclusionStatus.INFORMAL) {
                daysLost += r.days;
            }
            Duration toDecision = r.decidedAt == null ? null : Duration.between(r.proposedAt, r.decidedAt);
            if (toDecision != null) {
                decidingTime = decidingTime.plus(toDecision);
                decided++;
            }
            List<ExclusionFigures.Decision> made = decisions.getOrDefault(r.id, List.of());
            // the board sees no text typed by a person, so no school's name
            items.add(new ExclusionFigures.Item(r.id, new ChildRef(r.pseudonym, query.pseudonymised() ? null : r.childId),
                    query.pseudonymised() ? null : r.school, r.startDate.toLocalDate(), r.days, r.status,
                    new ExclusionFigures.ProposedBy(r.proposedBy, r.proposedRole, r.proposedAt), made,
                    toDecision == null ? null : toDecision.toString()));
        }
        return new ExclusionFigures(query.from(), query.to(), proposed,
                byStatus.getOrDefault(ExclusionStatus.APPROVED, 0L), byStatus.getOrDefault(ExclusionStatus.REFUSED, 0L),
                byStatus.getOrDefault(ExclusionStatus.PENDING, 0L), byStatus.getOrDefault(ExclusionStatus.INFORMAL, 0L),
                daysLost, decided == 0 ? null : decidingTime.dividedBy(decided).toString(), items);
    }

    /** Each head's decision (never its free-text comment: the board reads these), oldest first, by exclusion. */
    private Map<UUID, List<ExclusionFigures.Decision>> decisions(String sql, Object... args) {
        Map<UUID, List<ExclusionFigures.Decision>> decisions = new HashMap<>();
        jdbc.query(sql + " ORDER BY d.decided_at, d.event_id", rs -> {
            decisions.computeIfAbsent(rs.getObject("exclusion_id", UUID.class), id -> new ArrayList<>())
                    .add(new ExclusionFigures.Decision(rs.getString("decided_by"), rs.getString("role"),
                            rs.getString("decision"), rs.getTimestamp("decided_at").toInstant()));
        }, args);
        return decisions;
    }

    private record Row(UUID id, UUID childId, String pseudonym, String school, Date startDate, int days, String reason,
                       ExclusionStatus status, String proposedBy, String proposedRole, Instant proposedAt,
                       Instant decidedAt) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class), rs.getString("pseudonym"),
                rs.getString("school"), rs.getDate("start_date"), rs.getInt("days"), rs.getString("reason"),
                ExclusionStatus.valueOf(rs.getString("standing_status")), rs.getString("proposed_by"),
                rs.getString("proposed_role"), rs.getTimestamp("proposed_at").toInstant(),
                rs.getTimestamp("standing_decided_at") == null ? null
                        : rs.getTimestamp("standing_decided_at").toInstant());
    }
}
