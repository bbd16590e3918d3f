package scot.together.query.inbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.api.inbox.SeparationRequestDetails;
import scot.together.api.inbox.SeparationRequestView;
import scot.together.events.CareEvent;
import scot.together.events.family.SeparationPairsNamed;
import scot.together.events.family.SeparationRequested;
import scot.together.query.history.Descriptions;
import scot.together.query.history.EventLogProjection;

/**
 * A separation request in full (assessment, reason, the children's views, who would live apart
 * from whom), read from the event log: reached through the first child's events, so it stays
 * quick however long the log.
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
        Recorded<SeparationRequested> request = first(query.separationId(), SeparationRequested.class);
        if (request == null) {
            return null;
        }
        Recorded<SeparationPairsNamed> pairs = first(query.separationId(), SeparationPairsNamed.class);
        SeparationRequested requested = request.event();
        return new SeparationRequestView(requested.separationId(), requested.childIds(), requested.assessment(),
                requested.reason(), requested.reviewBy(), requested.views(),
                pairs == null ? List.of() : pairs.event().apart(), request.by(), request.at());
    }

    private record Recorded<E extends CareEvent>(E event, String by, Instant at) {
    }

    /** The separation's first event of that kind, with who recorded it when; null if there is none. */
    private <E extends CareEvent> Recorded<E> first(UUID separationId, Class<E> type) {
        List<Recorded<E>> found = jdbc.query("""
                SELECT l.payload::text AS payload, l.recorded_by, l.recorded_at
                FROM separation_child sc
                JOIN event_child ec ON ec.child_id = sc.child_id
                JOIN event_log l ON l.event_id = ec.event_id
                WHERE sc.separation_id = ? AND sc.position = 0 AND l.event_type = ?
                  AND l.payload ->> 'separationId' = ?
                ORDER BY %s LIMIT 1
                """.formatted(EventLogProjection.IN_ORDER), (rs, row) -> new Recorded<>(
                type.cast(descriptions.read(type.getName(), rs.getString("payload"))), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant()), separationId, type.getName(), separationId.toString());
        return found.isEmpty() ? null : found.get(0);
    }
}
