package scot.together.query.family;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import scot.together.api.togetherness.TogethernessFigures;
import scot.together.events.CareCategory;

/**
 * Who was accommodated over a period, their homes and the relationships in force between them,
 * read once (one statement over the date ranges, on their GiST indexes), so that togetherness on
 * each of many dates in the period (a trend's month ends) is worked out in memory rather than
 * read again for every date. Only children accommodated at some time in the period are read:
 * relationships outlast care, so over the decades those in force grow far beyond the children
 * looked after; and of them, only those with a brother or sister accommodated in the period too
 * (only they count in togetherness, and in reunification). A date range is read as PostgreSQL
 * keeps it: from its first day, up to but not including its end (none: still running).
 */
final class CareOverAPeriod {

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

    /**
     * What the read models hold from one day to another, both included: one statement, the
     * children accommodated in the period found once, the relationships between them, and the
     * care and homes of the children those relationships join.
     */
    static CareOverAPeriod read(JdbcTemplate jdbc, LocalDate from, LocalDate to) {
        Date first = Date.valueOf(from);
        Date last = Date.valueOf(to);
        List<Span<UUID>> accommodated = new ArrayList<>();
        List<Span<Home>> homes = new ArrayList<>();
        List<Span<Togetherness.Link>> links = new ArrayList<>();
        jdbc.query("""
                WITH accommodated AS MATERIALIZED (
                    SELECT child_id, lower(during) AS from_day, upper(during) AS until_day FROM care_status
                    WHERE category = ? AND during && daterange(?, ?, '[]')),
                links AS MATERIALIZED (
                    SELECT child_id, other_child_id, lower(during) AS from_day, upper(during) AS until_day
                    FROM brothers_and_sisters
                    WHERE during && daterange(?, ?, '[]') AND child_id <> other_child_id
                      AND child_id IN (SELECT child_id FROM accommodated)
                      AND other_child_id IN (SELECT child_id FROM accommodated)),
                linked AS MATERIALIZED (SELECT child_id FROM links UNION SELECT other_child_id FROM links)
                SELECT 'care', child_id, NULL::uuid, from_day, until_day FROM accommodated
                WHERE child_id IN (SELECT child_id FROM linked)
                UNION ALL
                SELECT 'home', child_id, home_id, lower(during), upper(during) FROM child_home
                WHERE during && daterange(?, ?, '[]') AND child_id IN (SELECT child_id FROM linked)
                UNION ALL
                SELECT 'link', child_id, other_child_id, from_day, until_day FROM links
                """, rs -> {
            UUID child = rs.getObject(2, UUID.class);
            UUID other = rs.getObject(3, UUID.class);
            LocalDate since = day(rs.getDate(4));
            LocalDate until = day(rs.getDate(5));
            switch (rs.getString(1)) {
                case "care" -> accommodated.add(new Span<>(child, since, until));
                case "home" -> homes.add(new Span<>(new Home(child, other), since, until));
                default -> links.add(new Span<>(new Togetherness.Link(child, other), since, until));
            }
        }, CareCategory.LOOKED_AFTER_AWAY_FROM_HOME.name(), first, last, first, last, first, last);
        return new CareOverAPeriod(accommodated, homes, links);
    }

    /** Togetherness on a day of the period. */
    TogethernessFigures togethernessOn(LocalDate day) {
        return Togetherness.on(day, homesOn(day), linksOn(day));
    }

    /**
     * Every child accommodated on the day who has a brother or sister accommodated in the
     * period, mapped to their home then (null: no home recorded).
     */
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
