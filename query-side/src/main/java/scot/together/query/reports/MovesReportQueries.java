package scot.together.query.reports;

import java.sql.Date;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.api.Percentage;
import scot.together.api.reports.LocalCareFigures;
import scot.together.api.reports.LocalCareReport;
import scot.together.api.reports.MovesFigures;
import scot.together.api.reports.MovesReport;

/**
 * Moves and local care, computed on the dates things happened. A period includes both its
 * days; a state holds from its first day and not on its last.
 */
@Component
public class MovesReportQueries {

    private final JdbcTemplate jdbc;

    public MovesReportQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Children looked after at any time in the period; of them, how many had one or more,
     * and three or more, moves starting in it (every home of an episode after its first);
     * and how many homes ended unplanned, counted by the next home's start.
     */
    @QueryHandler
    public MovesFigures handle(MovesReport query) {
        Date from = Date.valueOf(query.from());
        Date to = Date.valueOf(query.to());
        return jdbc.queryForObject("""
                WITH looked_after AS (
                    SELECT DISTINCT child_id FROM care_status
                    WHERE category IN ('LOOKED_AFTER_AT_HOME', 'LOOKED_AFTER_AWAY_FROM_HOME')
                      AND during && daterange(?::date, ?::date, '[]')
                ), moves AS (
                    SELECT h.child_id, count(*) AS moves,
                           count(*) FILTER (WHERE h.previous_ending = 'UNPLANNED') AS unplanned
                    FROM child_home h JOIN looked_after l ON l.child_id = h.child_id
                    WHERE h.move_number > 0 AND h.from_date BETWEEN ? AND ?
                    GROUP BY h.child_id
                )
                SELECT (SELECT count(*) FROM looked_after) AS children,
                       count(*) FILTER (WHERE moves >= 1) AS one_or_more,
                       count(*) FILTER (WHERE moves >= 3) AS three_or_more,
                       coalesce(sum(unplanned), 0) AS unplanned
                FROM moves
                """, (rs, row) -> {
            long children = rs.getLong("children");
            return new MovesFigures(query.from(), query.to(), children,
                    Percentage.of(rs.getLong("one_or_more"), children),
                    Percentage.of(rs.getLong("three_or_more"), children), rs.getLong("unplanned"));
        }, from, to, from, to);
    }

    /** Accommodated children as at the date, and how many live in a home within the council's area. */
    @QueryHandler
    public LocalCareFigures handle(LocalCareReport query) {
        Date asAt = Date.valueOf(query.asAt());
        return jdbc.queryForObject("""
                SELECT count(*) AS accommodated, count(*) FILTER (WHERE ho.within_authority) AS within
                FROM care_status s
                LEFT JOIN child_home h ON h.child_id = s.child_id AND h.during @> ?::date
                LEFT JOIN home ho ON ho.id = h.home_id
                WHERE s.category = 'LOOKED_AFTER_AWAY_FROM_HOME' AND s.during @> ?::date
                """, (rs, row) -> new LocalCareFigures(query.asAt(), rs.getLong("accommodated"),
                Percentage.of(rs.getLong("within"), rs.getLong("accommodated"))), asAt, asAt);
    }
}
