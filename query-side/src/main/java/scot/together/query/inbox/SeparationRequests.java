package scot.together.query.inbox;

import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.api.inbox.SeparationRequestDetails;
import scot.together.api.inbox.SeparationRequestView;
import scot.together.events.family.SeparationRequested;
import scot.together.query.history.Descriptions;
import scot.together.query.history.EventLogProjection;

/**
 * A separation request in full (assessment, reason, the children's views), read from the
 * event log: reached through the first child's events, so it stays quick however long the log.
 */
@Component
public class SeparationRequests {

    private final JdbcTemplate jdbc;
    private final Descriptions descriptions;

    public SeparationRequests(JdbcTemplate jdbc, Descriptions descriptions) {
        this.jdbc = jdbc;
        this.descriptions = descriptions;
    }

    @QueryHandler
    public SeparationRequestView handle(SeparationRequestDetails query) {
        List<SeparationRequestView> found = jdbc.query("""
                SELECT l.event_type, l.payload::text AS payload, l.recorded_by, l.recorded_at
                FROM separation_child sc
                JOIN event_child ec ON ec.child_id = sc.child_id
                JOIN event_log l ON l.event_id = ec.event_id
                WHERE sc.separation_id = ? AND sc.position = 0 AND l.event_type = ?
                  AND l.payload ->> 'separationId' = ?
                ORDER BY %s LIMIT 1
                """.formatted(EventLogProjection.IN_ORDER), (rs, row) -> {
            SeparationRequested event = (SeparationRequested) descriptions.read(rs.getString("event_type"),
                    rs.getString("payload"));
            return new SeparationRequestView(event.separationId(), event.childIds(), event.assessment(),
                    event.reason(), event.reviewBy(), event.views(), rs.getString("recorded_by"),
                    rs.getTimestamp("recorded_at").toInstant());
        }, query.separationId(), SeparationRequested.class.getName(), query.separationId().toString());
        return found.isEmpty() ? null : found.get(0);
    }
}
