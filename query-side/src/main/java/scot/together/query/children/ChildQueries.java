package scot.together.query.children;

import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.api.child.ChildView;
import scot.together.api.child.FindChild;
import scot.together.api.childpage.ChildArrangements;
import scot.together.api.childpage.ChildArrangementsView;
import scot.together.api.family.SeparationStatus;
import scot.together.events.CareCategory;

/** A child's record as of today, and what is in force for them. */
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
                       (SELECT s.category FROM care_status s WHERE s.child_id = c.id AND s.during @> ?::date) AS category,
                       (SELECT h.home_id FROM child_home h WHERE h.child_id = c.id AND h.during @> ?::date) AS home_id,
                       (%s) AS council_reference
                FROM child c WHERE c.id = ?
                """.formatted(ChildSearch.REFERENCE_IN_USE), (rs, row) -> new ChildView(rs.getObject("id", UUID.class), rs.getString("given_name"),
                rs.getString("family_name"), rs.getDate("date_of_birth").toLocalDate(),
                rs.getString("category") == null ? null : CareCategory.valueOf(rs.getString("category")),
                rs.getObject("home_id", UUID.class), relationships(query.childId(), today).stream()
                        .map(r -> new ChildView.BrotherOrSister(r.otherChildId(), r.kind())).toList(),
                rs.getString("council_reference")),
                today, today, query.childId());
        return found.isEmpty() ? null : found.get(0);
    }

    /** What is in force for the child today, with the ids the child's page needs to change each. */
    @QueryHandler
    public ChildArrangementsView handle(ChildArrangements query) {
        UUID child = query.childId();
        Date today = Date.valueOf(LocalDate.now(clock));
        List<ChildArrangementsView.Relationship> relationships = relationships(child, today);
        List<ChildArrangementsView.FamilyTimePlan> plans = jdbc.query("""
                SELECT p.id, p.how_often, p.with_whom, p.start_date,
                       array(SELECT c.child_id FROM family_time_plan_child c WHERE c.plan_id = p.id
                             ORDER BY c.position) AS child_ids
                FROM family_time_plan p JOIN family_time_plan_child pc ON pc.plan_id = p.id
                WHERE pc.child_id = ? AND (p.end_date IS NULL OR p.end_date > ?)
                ORDER BY p.start_date, p.id
                """, (rs, row) -> new ChildArrangementsView.FamilyTimePlan(rs.getObject("id", UUID.class),
                uuids(rs.getArray("child_ids")), rs.getString("how_often"), rs.getString("with_whom"),
                rs.getDate("start_date").toLocalDate()), child, today);
        List<ChildArrangementsView.Separation> separations = jdbc.query("""
                SELECT s.id, s.decided_on, s.review_by,
                       array(SELECT c.child_id FROM separation_child c WHERE c.separation_id = s.id
                             ORDER BY c.position) AS child_ids
                FROM separation s JOIN separation_child sc ON sc.separation_id = s.id
                WHERE sc.child_id = ? AND s.status = ?
                ORDER BY s.decided_on, s.id
                """, (rs, row) -> new ChildArrangementsView.Separation(rs.getObject("id", UUID.class),
                uuids(rs.getArray("child_ids")), localDate(rs.getDate("decided_on")),
                localDate(rs.getDate("review_by"))), child, SeparationStatus.APPROVED.name());
        List<ChildArrangementsView.SecureStay> stays = jdbc.query("""
                SELECT s.id, s.admitted_on, s.discharged_on
                FROM secure_stay s WHERE s.child_id = ?
                ORDER BY s.admitted_on, s.id
                """,
                (rs, row) -> new ChildArrangementsView.SecureStay(rs.getObject("id", UUID.class),
                        rs.getDate("admitted_on").toLocalDate(), localDate(rs.getDate("discharged_on"))), child);
        List<ChildArrangementsView.PermanencePlan> permanence = jdbc.query("""
                SELECT p.id, p.kind, p.agreed_on FROM permanence_plan p
                WHERE p.child_id = ? ORDER BY p.agreed_on, p.id
                """,
                (rs, row) -> new ChildArrangementsView.PermanencePlan(rs.getObject("id", UUID.class),
                        rs.getString("kind"), rs.getDate("agreed_on").toLocalDate()), child);
        return new ChildArrangementsView(relationships, plans, separations, stays, permanence);
    }

    /** The child's brothers and sisters by the relationships in force on the day. */
    private List<ChildArrangementsView.Relationship> relationships(UUID childId, Date day) {
        return jdbc.query("""
                SELECT relationship_id, CASE WHEN child_id = ? THEN other_child_id ELSE child_id END AS other,
                       kind, since
                FROM brothers_and_sisters WHERE (child_id = ? OR other_child_id = ?) AND during @> ?::date
                ORDER BY since, relationship_id
                """, (rs, row) -> new ChildArrangementsView.Relationship(rs.getObject("relationship_id", UUID.class),
                rs.getObject("other", UUID.class), rs.getString("kind"), rs.getDate("since").toLocalDate()),
                childId, childId, childId, day);
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(UUID.class::cast).toList();
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
