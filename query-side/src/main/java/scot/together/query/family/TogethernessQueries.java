package scot.together.query.family;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.api.togetherness.TogethernessFigures;
import scot.together.api.togetherness.TogethernessReport;
import scot.together.api.togetherness.TogethernessTrend;
import scot.together.api.togetherness.TogethernessTrendFigures;

/**
 * Togetherness as at a date and its trend, from what {@link CareOverAPeriod} reads (accommodated
 * children, their homes and relationships, on the GiST indexes of their date ranges) and
 * {@link Togetherness}.
 */
@Component
public class TogethernessQueries {

    private final JdbcTemplate jdbc;

    public TogethernessQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public TogethernessFigures handle(TogethernessReport query) {
        return CareOverAPeriod.read(jdbc, query.asAt(), query.asAt()).togethernessOn(query.asAt());
    }

    /**
     * At the last day of each month that ends within the range (both days included), and, when
     * asked, at the range's last day for the month still running then: the range is read once.
     */
    @QueryHandler
    public TogethernessTrendFigures handle(TogethernessTrend query) {
        List<LocalDate> days = new ArrayList<>();
        for (YearMonth month = YearMonth.from(query.from()); !month.atDay(1).isAfter(query.to());
             month = month.plusMonths(1)) {
            if (!month.atEndOfMonth().isAfter(query.to())) {
                days.add(month.atEndOfMonth());
            } else if (query.throughTo()) {
                days.add(query.to());
            }
        }
        if (days.isEmpty()) {
            return new TogethernessTrendFigures(List.of());
        }
        CareOverAPeriod period = CareOverAPeriod.read(jdbc, days.get(0), days.get(days.size() - 1));
        return new TogethernessTrendFigures(days.stream().map(period::togethernessOn).toList());
    }
}
