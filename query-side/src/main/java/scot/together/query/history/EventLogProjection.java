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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.api.RecordedBy;
import scot.together.events.CareEvent;
import scot.together.platform.EventJson;

/**
 * Every event with when it happened, when and by whom it was recorded, and the children it
 * concerns: the source of each child's history and of the audit. Read in the order things were
 * recorded ({@code recorded_at}); {@code position} breaks ties, and is right within one record
 * because each record's events are handled in order.
 */
@Component
@ProcessingGroup(EventLogProjection.GROUP)
public class EventLogProjection {

    public static final String GROUP = "event-log";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = EventJson.objectMapper();

    public EventLogProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CareEvent event, EventMessage<?> message, @Timestamp Instant recordedAt) throws JsonProcessingException {
        int inserted = jdbc.update("""
                        INSERT INTO query.event_log (event_id, event_type, payload, effective_date, recorded_at,
                                                     recorded_by, role)
                        VALUES (?, ?, ?::jsonb, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""",
                message.getIdentifier(), event.getClass().getName(), json.writeValueAsString(event),
                event.effectiveDate() == null ? null : Date.valueOf(event.effectiveDate()),
                java.sql.Timestamp.from(recordedAt), message.getMetaData().get(RecordedBy.USER),
                message.getMetaData().get(RecordedBy.ROLE));
        if (inserted == 0) {
            return;
        }
        for (UUID child : event.children()) {
            jdbc.update("INSERT INTO query.event_child (event_id, child_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    message.getIdentifier(), child);
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE query.event_child, query.event_log");
    }
}
