package scot.together.query.children;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.api.child.ChildSummary;
import scot.together.api.child.FindChildren;
import scot.together.events.CareCategory;

/**
 * Finds children by part of their name, or by the whole of a reference the council knows them by
 * (in any case), and by date of birth, for the social worker's search.
 */
@Component
public class ChildSearch {

    /** The council's reference in use for child {@code c}: the latest recorded (a scalar subquery). */
    static final String REFERENCE_IN_USE = "SELECT r.reference FROM child_reference r WHERE r.child_id = c.id"
            + " ORDER BY r.from_date DESC, r.sequence DESC LIMIT 1";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ChildSearch(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @QueryHandler
    public List<ChildSummary> handle(FindChildren query) {
        String text = query.nameContains() == null ? "" : query.nameContains().strip();
        if (text.isEmpty() && query.bornOn() == null) {
            return List.of();
        }
        String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Date born = query.bornOn() == null ? null : Date.valueOf(query.bornOn());
        return jdbc.query("""
                SELECT c.id, c.given_name, c.family_name, c.date_of_birth,
                       (SELECT s.category FROM care_status s WHERE s.child_id = c.id AND s.during @> ?::date) AS category,
                       (%s) AS council_reference
                FROM child c
                WHERE (c.given_name || ' ' || c.family_name ILIKE ?
                       OR EXISTS (SELECT 1 FROM child_reference r WHERE r.child_id = c.id AND upper(r.reference) = upper(?)))
                  AND (?::date IS NULL OR c.date_of_birth = ?::date)
                ORDER BY c.family_name, c.given_name, c.date_of_birth, c.id LIMIT ?
                """.formatted(REFERENCE_IN_USE), (rs, row) -> new ChildSummary(rs.getObject("id", java.util.UUID.class),
                rs.getString("given_name"), rs.getString("family_name"), rs.getDate("date_of_birth").toLocalDate(),
                rs.getString("category") == null ? null : CareCategory.valueOf(rs.getString("category")),
                rs.getString("council_reference")),
                Date.valueOf(LocalDate.now(clock)), pattern, text, born, born, FindChildren.LIMIT);
    }
}
