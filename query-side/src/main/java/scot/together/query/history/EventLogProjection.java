package scot.together.query.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;
import scot.together.api.RecordedBy;
import scot.together.events.CareEvent;
import scot.together.platform.AppendOnlyTable;
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

    /** The log and the children each event concerns: written a batch at a time in a rebuild. */
    private static final AppendOnlyTable EVENT_LOG = AppendOnlyTable.of("event_log", "(event_id)",
            "event_id varchar", "global_position bigint", "event_type text", "payload jsonb", "effective_date date",
            "recorded_at timestamptz", "recorded_by text", "role text");
    private static final AppendOnlyTable EVENT_CHILD = AppendOnlyTable.of("event_child", "",
            "event_id varchar", "child_id uuid");

    private final ProjectionWrites writes;
    private final ObjectMapper json = EventJson.objectMapper();

    public EventLogProjection(ProjectionWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(CareEvent event, EventMessage<?> message, @Timestamp Instant recordedAt, TrackingToken token)
            throws JsonProcessingException {
        writes.append(EVENT_LOG, List.<Object[]>of(new Object[] {message.getIdentifier(), globalPosition(token),
                event.getClass().getName(), json.writeValueAsString(event), event.effectiveDate(),
                recordedAt, message.getMetaData().get(RecordedBy.USER), message.getMetaData().get(RecordedBy.ROLE)}));
        writes.append(EVENT_CHILD, event.children().stream()
                .map(child -> new Object[] {message.getIdentifier(), child}).toList());
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
