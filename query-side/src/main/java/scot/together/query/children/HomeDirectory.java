package scot.together.query.children;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.api.home.FindHome;
import scot.together.api.home.HomeSummary;
import scot.together.api.home.HomeView;
import scot.together.api.home.ListHomes;
import scot.together.events.home.HomeKind;

/** The homes recorded, for choosing where a child moves to, and each home's own page. */
@Component
public class HomeDirectory {

    /**
     * The record of home {@code h}'s places in force on a day, to join laterally (the day given
     * twice): the latest from on or before the day, or its first record when every record
     * comes after the day. The one rule for a home's page and the reunification finder.
     */
    public static final String PLACES_ON_THE_DAY = """
            SELECT * FROM home_places p WHERE p.home_id = h.id
            ORDER BY (p.from_date <= ?::date) DESC, CASE WHEN p.from_date <= ?::date THEN p.from_date END DESC,
                     p.from_date
            LIMIT 1""";

    private final JdbcTemplate jdbc;

    public HomeDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public List<HomeSummary> handle(ListHomes query) {
        return jdbc.query("SELECT id, name, kind, within_authority FROM home ORDER BY name, id",
                (rs, row) -> new HomeSummary(rs.getObject("id", UUID.class), rs.getString("name"),
                        HomeKind.valueOf(rs.getString("kind")), rs.getBoolean("within_authority")));
    }

    @QueryHandler
    public HomeView handle(FindHome query) {
        Date day = Date.valueOf(query.asAt());
        List<HomeSummary> found = jdbc.query("SELECT id, name, kind, within_authority FROM home WHERE id = ?",
                (rs, row) -> new HomeSummary(rs.getObject("id", UUID.class), rs.getString("name"),
                        HomeKind.valueOf(rs.getString("kind")), rs.getBoolean("within_authority")), query.homeId());
        if (found.isEmpty()) {
            return null;
        }
        HomeSummary home = found.get(0);
        List<HomeView.Places> places = jdbc.query("""
                SELECT p.from_date, p.places, p.youngest_age, p.oldest_age FROM home_places p
                WHERE p.home_id = ? ORDER BY p.from_date
                """, (rs, row) -> places(rs), home.id());
        HomeView.Places onTheDay = jdbc.query("SELECT p.from_date, p.places, p.youngest_age, p.oldest_age"
                        + " FROM home h, LATERAL (" + PLACES_ON_THE_DAY + ") p WHERE h.id = ?",
                (rs, row) -> places(rs), day, day, home.id()).stream().findFirst().orElse(null);
        List<HomeView.Resident> living = jdbc.query("""
                SELECT c.id, c.given_name, c.family_name, ch.from_date
                FROM child_home ch JOIN child c ON c.id = ch.child_id
                WHERE ch.home_id = ? AND ch.during @> ?::date
                ORDER BY c.family_name, c.given_name, c.date_of_birth, c.id
                """, (rs, row) -> new HomeView.Resident(rs.getObject("id", UUID.class), rs.getString("given_name"),
                rs.getString("family_name"), rs.getDate("from_date").toLocalDate()), home.id(), day);
        return new HomeView(home.id(), home.name(), home.kind(), home.withinAuthority(), query.asAt(), places,
                onTheDay, living, onTheDay == null ? null : Math.max(0, onTheDay.places() - living.size()));
    }

    private static HomeView.Places places(ResultSet rs) throws SQLException {
        return new HomeView.Places(rs.getDate("from_date").toLocalDate(), rs.getInt("places"),
                (Integer) rs.getObject("youngest_age"), (Integer) rs.getObject("oldest_age"));
    }
}
