package scot.together.query.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;
import scot.together.api.RecordedBy;
import scot.together.events.CareEvent;
import scot.together.platform.EventJson;
import scot.together.platform.ProjectionWrites;

/**
 * Every event with when it happened, when and by whom it was recorded, and the children it
 * concerns: the source of each child's history and of the audit. Read in the order of the event
 * store ({@link #IN_ORDER}): each event's global position, from the token the processor tracks
 * it by, so a rebuild gives the order live updating gave, whichever segment handles which event.
 */
@Component
@ProcessingGroup(EventLogProjection.GROUP)
public class EventLogProjection {

    public static final String GROUP = "event-log";
    /**
     * SQL: the log (as {@code l}) in the order the events were stored; the event's id breaks a
     * tie (several events that an upcaster makes of one stored event share its position).
     */
    public static final String IN_ORDER = "l.global_position, l.event_id";

    private final ProjectionWrites writes;
    private final ObjectMapper json = EventJson.objectMapper();

    public EventLogProjection(ProjectionWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(CareEvent event, EventMessage<?> message, @Timestamp Instant recordedAt, TrackingToken token)
            throws JsonProcessingException {
        writes.write("""
                        INSERT INTO event_log (event_id, global_position, event_type, payload, effective_date,
                                                     recorded_at, recorded_by, role)
                        VALUES (?, ?, ?, ?::jsonb, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""",
                message.getIdentifier(), globalPosition(token), event.getClass().getName(),
                json.writeValueAsString(event),
                event.effectiveDate() == null ? null : Date.valueOf(event.effectiveDate()),
                java.sql.Timestamp.from(recordedAt), message.getMetaData().get(RecordedBy.USER),
                message.getMetaData().get(RecordedBy.ROLE));
        if (!event.children().isEmpty()) {
            // one statement however many children: a replay's cost is counted in statements
            writes.write("INSERT INTO event_child (event_id, child_id) SELECT ?, unnest(?::uuid[])"
                    + " ON CONFLICT DO NOTHING", message.getIdentifier(), event.children().toArray(UUID[]::new));
        }
    }

    private static long globalPosition(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException(
                "The event store gave no position for an event (token " + token + ")"));
    }

    @ResetHandler
    void reset() {
        writes.write("TRUNCATE event_child, event_log");
    }
}
