package scot.together.query.children;

import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.api.home.HomeSummary;
import scot.together.api.home.ListHomes;
import scot.together.events.home.HomeKind;

/** The homes recorded, for choosing where a child moves to. */
@Component
public class HomeDirectory {

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
}
