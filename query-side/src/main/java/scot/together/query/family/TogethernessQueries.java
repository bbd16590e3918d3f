package scot.together.query.family;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.api.togetherness.TogethernessFigures;
import scot.together.api.togetherness.TogethernessReport;
import scot.together.api.togetherness.TogethernessTrend;
import scot.together.api.togetherness.TogethernessTrendFigures;
import scot.together.events.CareCategory;

/**
 * Togetherness as at a date and its trend, from two indexed reads (accommodated children with
 * their home, and relationships in force: GiST indexes on the date ranges) and {@link Togetherness}.
 */
@Component
public class TogethernessQueries {

    private final JdbcTemplate jdbc;

    public TogethernessQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public TogethernessFigures handle(TogethernessReport query) {
        return on(query.asAt());
    }

    /**
     * At the last day of each month that ends within the range (both days included), and, when
     * asked, at the range's last day for the month still running then.
     */
    @QueryHandler
    public TogethernessTrendFigures handle(TogethernessTrend query) {
        List<TogethernessFigures> points = new ArrayList<>();
        for (YearMonth month = YearMonth.from(query.from()); !month.atDay(1).isAfter(query.to());
             month = month.plusMonths(1)) {
            if (!month.atEndOfMonth().isAfter(query.to())) {
                points.add(on(month.atEndOfMonth()));
            } else if (query.throughTo()) {
                points.add(on(query.to()));
            }
        }
        return new TogethernessTrendFigures(points);
    }

    private TogethernessFigures on(LocalDate asAt) {
        Date day = Date.valueOf(asAt);
        Map<UUID, UUID> homes = new HashMap<>();
        jdbc.query("""
                SELECT s.child_id, h.home_id FROM care_status s
                LEFT JOIN child_home h ON h.child_id = s.child_id AND h.during @> ?::date
                WHERE s.category = ? AND s.during @> ?::date
                """, rs -> {
            homes.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
        }, day, CareCategory.LOOKED_AFTER_AWAY_FROM_HOME.name(), day);
        List<Togetherness.Link> links = jdbc.query(
                "SELECT child_id, other_child_id FROM brothers_and_sisters WHERE during @> ?::date",
                (rs, row) -> new Togetherness.Link(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)), day);
        return Togetherness.on(asAt, homes, links);
    }
}
