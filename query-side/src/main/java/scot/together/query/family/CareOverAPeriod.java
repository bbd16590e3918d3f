package scot.together.query.family;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import scot.together.api.togetherness.TogethernessFigures;
import scot.together.events.CareCategory;

/**
 * Who was accommodated over a period, their homes and the relationships in force between them,
 * read once (three reads of the date ranges, on their GiST indexes), so that togetherness on
 * each of many dates in the period (a trend's month ends) is worked out in memory rather than
 * read again for every date. Only children accommodated at some time in the period are read:
 * relationships outlast care, so over the decades those in force grow far beyond the children
 * looked after. A date range is read as PostgreSQL keeps it: from its first day, up to but not
 * including its end (none: still running).
 */
final class CareOverAPeriod {

    private static final String ACCOMMODATED = CareCategory.LOOKED_AFTER_AWAY_FROM_HOME.name();
    /** SQL: the child (a column given as %s) was accommodated at some time in the period (two dates). */
    private static final String ACCOMMODATED_IN_PERIOD = "EXISTS (SELECT 1 FROM care_status s WHERE s.child_id = %s"
            + " AND s.category = ? AND s.during && daterange(?, ?, '[]'))";

    /** Something in force from a day, up to but not including another (null: open). */
    private record Span<T>(T value, LocalDate from, LocalDate until) {
        boolean on(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (until == null || day.isBefore(until));
        }
    }

    private record Home(UUID childId, UUID homeId) {
    }

    private final List<Span<UUID>> accommodated;
    private final List<Span<Home>> homes;
    private final List<Span<Togetherness.Link>> links;

    private CareOverAPeriod(List<Span<UUID>> accommodated, List<Span<Home>> homes,
                            List<Span<Togetherness.Link>> links) {
        this.accommodated = accommodated;
        this.homes = homes;
        this.links = links;
    }

    /** What the read models hold from one day to another, both included. */
    static CareOverAPeriod read(JdbcTemplate jdbc, LocalDate from, LocalDate to) {
        Date first = Date.valueOf(from);
        Date last = Date.valueOf(to);
        List<Span<UUID>> accommodated = jdbc.query("SELECT child_id, lower(during), upper(during) FROM care_status"
                        + " WHERE category = ? AND during && daterange(?, ?, '[]')",
                (rs, row) -> new Span<>(rs.getObject(1, UUID.class), day(rs.getDate(2)), day(rs.getDate(3))),
                ACCOMMODATED, first, last);
        List<Span<Home>> homes = jdbc.query("SELECT h.child_id, h.home_id, lower(h.during), upper(h.during)"
                        + " FROM child_home h WHERE h.during && daterange(?, ?, '[]') AND "
                        + ACCOMMODATED_IN_PERIOD.formatted("h.child_id"),
                (rs, row) -> new Span<>(new Home(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)),
                        day(rs.getDate(3)), day(rs.getDate(4))),
                first, last, ACCOMMODATED, first, last);
        List<Span<Togetherness.Link>> links = jdbc.query("SELECT b.child_id, b.other_child_id, lower(b.during),"
                        + " upper(b.during) FROM brothers_and_sisters b WHERE b.during && daterange(?, ?, '[]')"
                        + " AND " + ACCOMMODATED_IN_PERIOD.formatted("b.child_id")
                        + " AND " + ACCOMMODATED_IN_PERIOD.formatted("b.other_child_id"),
                (rs, row) -> new Span<>(new Togetherness.Link(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class)), day(rs.getDate(3)), day(rs.getDate(4))),
                first, last, ACCOMMODATED, first, last, ACCOMMODATED, first, last);
        return new CareOverAPeriod(accommodated, homes, links);
    }

    /** Togetherness on a day of the period. */
    TogethernessFigures togethernessOn(LocalDate day) {
        return Togetherness.on(day, homesOn(day), linksOn(day));
    }

    /** Every child accommodated on the day, mapped to their home then (null: no home recorded). */
    Map<UUID, UUID> homesOn(LocalDate day) {
        Map<UUID, UUID> found = new HashMap<>();
        for (Span<UUID> care : accommodated) {
            if (care.on(day)) {
                found.put(care.value(), null);
            }
        }
        for (Span<Home> home : homes) {
            if (home.on(day) && found.containsKey(home.value().childId())) {
                found.put(home.value().childId(), home.value().homeId());
            }
        }
        return found;
    }

    /** The relationships in force on the day between children accommodated at some time in the period. */
    List<Togetherness.Link> linksOn(LocalDate day) {
        return links.stream().filter(link -> link.on(day)).map(Span::value).toList();
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
