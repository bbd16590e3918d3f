package scot.together.query.care;

import java.sql.Date;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.api.Percentage;
import scot.together.api.care.PermanenceFigures;
import scot.together.api.care.PermanenceReport;
import scot.together.api.care.RestraintAndSecureCareFigures;
import scot.together.api.care.RestraintAndSecureCareReport;
import scot.together.events.care.InterventionSetting;

/** Restraint and secure care over a period, and permanence within six months as at a date. */
@Component
public class CareQueries {

    private final JdbcTemplate jdbc;

    public CareQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public RestraintAndSecureCareFigures handle(RestraintAndSecureCareReport query) {
        Date from = Date.valueOf(query.from());
        Date to = Date.valueOf(query.to());
        Map<String, long[]> bySetting = new HashMap<>();
        jdbc.query("SELECT setting, count(*), count(DISTINCT child_id) FROM physical_intervention i"
                + " WHERE on_date BETWEEN ? AND ?"
                + " GROUP BY setting", rs -> {
            bySetting.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
        }, from, to);
        List<RestraintAndSecureCareFigures.BySetting> settings = Arrays.stream(InterventionSetting.values())
                .map(s -> {
                    long[] counts = bySetting.getOrDefault(s.name(), new long[2]);
                    return new RestraintAndSecureCareFigures.BySetting(s, counts[0], counts[1]);
                }).toList();
        long total = settings.stream().mapToLong(RestraintAndSecureCareFigures.BySetting::interventions).sum();
        // a stay holds from its admission and not on its discharge day
        return jdbc.queryForObject("""
                SELECT count(*) FILTER (WHERE admitted_on BETWEEN ? AND ?) AS admissions,
                       count(*) FILTER (WHERE discharged_on BETWEEN ? AND ?) AS discharges,
                       count(DISTINCT child_id) FILTER (WHERE admitted_on <= ?
                           AND (discharged_on IS NULL OR discharged_on > ?)) AS children
                FROM secure_stay
                """,
                (rs, n) -> new RestraintAndSecureCareFigures(query.from(), query.to(), total, settings,
                        rs.getLong("admissions"), rs.getLong("discharges"), rs.getLong("children")),
                from, to, from, to, to, from);
    }

    /**
     * Of the children looked after on the date whose episode began at least six months before
     * it, those with a permanent plan agreed between the episode's start and six months after.
     */
    @QueryHandler
    public PermanenceFigures handle(PermanenceReport query) {
        Date asAt = Date.valueOf(query.asAt());
        return jdbc.queryForObject("""
                WITH eligible AS (
                    SELECT DISTINCT e.child_id, e.start_date
                    FROM care_status s JOIN episode e ON e.id = s.episode_id
                    WHERE s.category IN ('LOOKED_AFTER_AT_HOME', 'LOOKED_AFTER_AWAY_FROM_HOME')
                      AND s.during @> ?::date AND e.start_date <= (?::date - interval '6 months')::date
                )
                SELECT count(*) AS children,
                       count(*) FILTER (WHERE EXISTS (
                           SELECT 1 FROM permanence_plan p
                           WHERE p.child_id = eligible.child_id
                             AND p.agreed_on BETWEEN eligible.start_date
                                             AND (eligible.start_date + interval '6 months')::date)) AS with_plan
                FROM eligible
                """,
                (rs, n) -> new PermanenceFigures(query.asAt(), rs.getLong("children"),
                        Percentage.of(rs.getLong("with_plan"), rs.getLong("children"))), asAt, asAt);
    }
}
