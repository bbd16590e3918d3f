package scot.together.query.family;

import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.api.family.FamilyTimeFigures;
import scot.together.api.family.FamilyTimeReport;
import scot.together.events.family.FamilyTimeFrequency;

/** Family time planned against what happened, over a period. */
@Component
public class FamilyTimeQueries {

    private final JdbcTemplate jdbc;

    public FamilyTimeQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * For each plan holding at some time in the period: how many times it was due in the period
     * (its start date, then every week, fortnight, month or quarter after it, while it holds),
     * and how many recorded times in the period happened or did not.
     */
    @QueryHandler
    public FamilyTimeFigures handle(FamilyTimeReport query) {
        Date from = Date.valueOf(query.from());
        Date to = Date.valueOf(query.to());
        List<FamilyTimeFigures.Plan> plans = jdbc.query("""
                SELECT p.id, p.how_often, p.with_whom, p.start_date, p.end_date,
                       array(SELECT c.pseudonym FROM family_time_plan_child pc
                             JOIN child c ON c.id = pc.child_id WHERE pc.plan_id = p.id
                             ORDER BY pc.position) AS children,
                       (SELECT count(*) FROM family_time_session s WHERE s.plan_id = p.id AND s.happened
                               AND s.session_date BETWEEN ? AND ?) AS happened,
                       (SELECT count(*) FROM family_time_session s WHERE s.plan_id = p.id AND NOT s.happened
                               AND s.session_date BETWEEN ? AND ?) AS did_not_happen
                FROM family_time_plan p
                WHERE p.start_date <= ? AND (p.end_date IS NULL OR p.end_date > ?)
                ORDER BY p.start_date, p.id
                """, (rs, row) -> {
            FamilyTimeFrequency howOften = FamilyTimeFrequency.valueOf(rs.getString("how_often"));
            LocalDate end = rs.getDate("end_date") == null ? null : rs.getDate("end_date").toLocalDate();
            return new FamilyTimeFigures.Plan(rs.getObject("id", UUID.class), strings(rs.getArray("children")),
                    howOften.name(), query.pseudonymised() ? null : rs.getString("with_whom"),
                    due(howOften, rs.getDate("start_date").toLocalDate(), end, query.from(), query.to()),
                    rs.getLong("happened"), rs.getLong("did_not_happen"));
        }, from, to, from, to, to, from);
        return new FamilyTimeFigures(query.from(), query.to(),
                plans.stream().mapToLong(FamilyTimeFigures.Plan::planned).sum(),
                plans.stream().mapToLong(FamilyTimeFigures.Plan::happened).sum(),
                plans.stream().mapToLong(FamilyTimeFigures.Plan::didNotHappen).sum(), plans);
    }

    /** How many of the plan's dates fall in [from, to] and before the plan ends. */
    public static long due(FamilyTimeFrequency howOften, LocalDate start, LocalDate end, LocalDate from,
                           LocalDate to) {
        long count = 0;
        for (int k = 0; ; k++) {
            LocalDate date = dateOf(howOften, start, k);
            if (date.isAfter(to) || (end != null && !date.isBefore(end))) {
                return count;
            }
            if (!date.isBefore(from)) {
                count++;
            }
        }
    }

    /** The plan's k-th date (the first is its start date). */
    public static LocalDate dateOf(FamilyTimeFrequency howOften, LocalDate start, long k) {
        return switch (howOften) {
            case WEEKLY -> start.plusWeeks(k);
            case FORTNIGHTLY -> start.plusWeeks(2L * k);
            case MONTHLY -> start.plusMonths(k);
            case QUARTERLY -> start.plusMonths(3L * k);
        };
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String.class::cast).toList();
    }
}
