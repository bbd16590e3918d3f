package scot.together.query.family;

import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.api.family.ListSeparations;
import scot.together.api.family.SeparationStatus;
import scot.together.api.family.SeparationSummary;
import scot.together.api.family.SeparationsRegister;
import scot.together.api.family.SeparationsRegisterView;
import scot.together.events.CareCategory;

/**
 * Separations, and the register: who lives apart as at a date, with or without approval, and
 * each approved separation's review date as it stood then (set by the last review on or
 * before that date, else as requested).
 */
@Component
public class SeparationQueries {

    /** Approved at some point (an ended separation was approved until it ended). */
    private static final String APPROVED_ON = "sp.status IN ('APPROVED', 'ENDED') AND sp.decided_on <= ?::date"
            + " AND (sp.ended_on IS NULL OR sp.ended_on > ?::date)";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public SeparationQueries(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @QueryHandler
    public List<SeparationSummary> handle(ListSeparations query) {
        return jdbc.query("""
                SELECT sp.id, sp.status, sp.requested_by, sp.decided_by, sp.review_by,
                       array(SELECT c.child_id FROM separation_child c WHERE c.separation_id = sp.id
                             ORDER BY c.position) AS child_ids
                FROM separation sp WHERE (?::text IS NULL OR sp.status = ?::text)
                ORDER BY sp.requested_on, sp.id
                """, (rs, row) -> new SeparationSummary(rs.getObject("id", UUID.class), uuids(rs.getArray("child_ids")),
                SeparationStatus.valueOf(rs.getString("status")), rs.getString("requested_by"),
                rs.getString("decided_by"), localDate(rs.getDate("review_by"))),
                query.status() == null ? null : query.status().name(),
                query.status() == null ? null : query.status().name());
    }

    @QueryHandler
    public SeparationsRegisterView handle(SeparationsRegister query) {
        LocalDate asAt = query.asAt() == null ? LocalDate.now(clock) : query.asAt();
        Date day = Date.valueOf(asAt);
        List<SeparationsRegisterView.Approved> approved = jdbc.query("""
                SELECT sp.id, sp.decided_on,
                       CASE WHEN r.separation_id IS NULL THEN sp.requested_review_by ELSE r.next_review_by END
                           AS review_by,
                       array(SELECT c.child_id FROM separation_child c WHERE c.separation_id = sp.id
                             ORDER BY c.position) AS child_ids
                FROM separation sp
                LEFT JOIN LATERAL (SELECT * FROM separation_review r
                                   WHERE r.separation_id = sp.id AND r.reviewed_on <= ?::date
                                   ORDER BY r.reviewed_on DESC, r.sequence DESC LIMIT 1) r ON true
                WHERE %s ORDER BY review_by NULLS LAST, sp.id
                """.formatted(APPROVED_ON), (rs, row) -> {
            LocalDate reviewBy = localDate(rs.getDate("review_by"));
            return new SeparationsRegisterView.Approved(rs.getObject("id", UUID.class), uuids(rs.getArray("child_ids")),
                    rs.getDate("decided_on").toLocalDate(), reviewBy,
                    reviewBy != null && reviewBy.isBefore(asAt));
        }, day, day, day);
        List<SeparationsRegisterView.ApartWithoutApproval> apart = jdbc.query("""
                WITH accommodated AS (
                    SELECT s.child_id, h.home_id FROM care_status s
                    JOIN child_home h ON h.child_id = s.child_id AND h.during @> ?::date
                    WHERE s.category = ? AND s.during @> ?::date
                )
                SELECT DISTINCT a.child_id, a.home_id, b.child_id AS other_child_id, b.home_id AS other_home_id
                FROM brothers_and_sisters r
                JOIN accommodated a ON a.child_id = least(r.child_id, r.other_child_id)
                JOIN accommodated b ON b.child_id = greatest(r.child_id, r.other_child_id)
                WHERE r.during @> ?::date AND a.home_id <> b.home_id
                  AND NOT EXISTS (
                    SELECT 1 FROM separation sp
                    JOIN separation_child x ON x.separation_id = sp.id AND x.child_id = a.child_id
                    JOIN separation_child y ON y.separation_id = sp.id AND y.child_id = b.child_id
                    WHERE %s AND (NOT EXISTS (SELECT 1 FROM separation_pair p WHERE p.separation_id = sp.id)
                          OR EXISTS (SELECT 1 FROM separation_pair p WHERE p.separation_id = sp.id
                                     AND ((p.child_id = a.child_id AND p.other_child_id = b.child_id)
                                          OR (p.child_id = b.child_id AND p.other_child_id = a.child_id)))))
                ORDER BY a.child_id, b.child_id, a.home_id, b.home_id
                """.formatted(APPROVED_ON), (rs, row) -> new SeparationsRegisterView.ApartWithoutApproval(
                rs.getObject("child_id", UUID.class), rs.getObject("other_child_id", UUID.class),
                rs.getObject("home_id", UUID.class), rs.getObject("other_home_id", UUID.class)),
                day, CareCategory.LOOKED_AFTER_AWAY_FROM_HOME.name(), day, day, day, day);
        long overdue = approved.stream().filter(SeparationsRegisterView.Approved::reviewOverdue).count();
        return new SeparationsRegisterView(asAt, approved, overdue, apart);
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(UUID.class::cast).toList();
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
