package scot.together.query.children;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.api.child.ChildEpisodes;
import scot.together.api.child.EpisodeSummary;
import scot.together.events.CareCategory;

/** A child's episodes with the homes of each, for the child's page. */
@Component
public class EpisodeList {

    private final JdbcTemplate jdbc;

    public EpisodeList(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public List<EpisodeSummary> handle(ChildEpisodes query) {
        Map<UUID, List<EpisodeSummary.Stay>> stays = new LinkedHashMap<>();
        jdbc.query("""
                SELECT ch.episode_id, ch.home_id, h.name, ch.from_date, ch.to_date
                FROM child_home ch LEFT JOIN home h ON h.id = ch.home_id
                WHERE ch.child_id = ? ORDER BY ch.from_date
                """, rs -> {
            stays.computeIfAbsent(rs.getObject("episode_id", UUID.class), id -> new ArrayList<>())
                    .add(new EpisodeSummary.Stay(rs.getObject("home_id", UUID.class), rs.getString("name"),
                            rs.getDate("from_date").toLocalDate(), date(rs.getDate("to_date"))));
        }, query.childId());
        return jdbc.query("""
                SELECT e.id, e.start_date, e.end_date,
                       (SELECT s.category FROM care_status s WHERE s.episode_id = e.id
                        ORDER BY s.from_date DESC LIMIT 1) AS category
                FROM episode e WHERE e.child_id = ? ORDER BY e.start_date, e.id
                """, (rs, row) -> {
            UUID id = rs.getObject("id", UUID.class);
            return new EpisodeSummary(id, rs.getDate("start_date").toLocalDate(), date(rs.getDate("end_date")),
                    rs.getString("category") == null ? null : CareCategory.valueOf(rs.getString("category")),
                    List.copyOf(stays.getOrDefault(id, List.of())));
        }, query.childId());
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
