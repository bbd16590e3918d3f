package scot.together.query.children;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.api.child.ChildView;
import scot.together.api.child.FindChild;
import scot.together.events.CareCategory;

/** A child's record as of today. */
@Component
public class ChildQueries {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ChildQueries(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @QueryHandler
    public ChildView handle(FindChild query) {
        Date today = Date.valueOf(LocalDate.now(clock));
        List<ChildView> found = jdbc.query("""
                SELECT c.id, c.given_name, c.family_name, c.date_of_birth,
                       (SELECT s.category FROM query.care_status s WHERE s.child_id = c.id AND s.during @> ?::date) AS category,
                       (SELECT h.home_id FROM query.child_home h WHERE h.child_id = c.id AND h.during @> ?::date) AS home_id
                FROM query.child c WHERE c.id = ?
                """, (rs, row) -> new ChildView(rs.getObject("id", UUID.class), rs.getString("given_name"),
                rs.getString("family_name"), rs.getDate("date_of_birth").toLocalDate(),
                rs.getString("category") == null ? null : CareCategory.valueOf(rs.getString("category")),
                rs.getObject("home_id", UUID.class), brothersAndSisters(query.childId(), today)),
                today, today, query.childId());
        return found.isEmpty() ? null : found.get(0);
    }

    /** The child's brothers and sisters by the relationships in force on the day. */
    private List<ChildView.BrotherOrSister> brothersAndSisters(UUID childId, Date day) {
        return jdbc.query("""
                SELECT CASE WHEN child_id = ? THEN other_child_id ELSE child_id END AS other, kind
                FROM query.brothers_and_sisters WHERE (child_id = ? OR other_child_id = ?) AND during @> ?::date
                ORDER BY since, relationship_id
                """, (rs, row) -> new ChildView.BrotherOrSister(rs.getObject("other", UUID.class),
                rs.getString("kind")), childId, childId, childId, day);
    }
}
