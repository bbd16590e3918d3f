package scot.together.command.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.command.CommandSideConfiguration;
import scot.together.events.CareEvent;
import scot.together.events.audit.RecordMarkedInError;
import scot.together.platform.EventJson;

/**
 * Finds an event in the event store by its id, and keeps the ids of events marked in error
 * in step with the events (same transaction), so that one is never marked twice.
 */
@Component
@ProcessingGroup(CommandSideConfiguration.CONSISTENT_LOOKUPS)
public class RecordedEventsInStore implements RecordedEvents {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = EventJson.objectMapper();

    public RecordedEventsInStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Recorded> find(String eventId) {
        return jdbc.query("SELECT payload_type, payload FROM events.domain_event_entry WHERE event_identifier = ?",
                rs -> rs.next() ? Optional.of(new Recorded(eventId, rs.getString(1),
                        children(rs.getString(1), rs.getBytes(2)))) : Optional.<Recorded>empty(), eventId);
    }

    @Override
    public boolean markedInError(String eventId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT exists (SELECT 1 FROM command.record_in_error WHERE event_id = ?)", Boolean.class, eventId));
    }

    @EventHandler
    void on(RecordMarkedInError event) {
        jdbc.update("INSERT INTO command.record_in_error (event_id, correction_id) VALUES (?, ?)"
                + " ON CONFLICT DO NOTHING", event.eventId(), event.correctionId());
    }

    private List<UUID> children(String type, byte[] payload) {
        try {
            Object event = json.readValue(new String(payload, StandardCharsets.UTF_8), Class.forName(type));
            return event instanceof CareEvent care ? care.children() : List.of();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read a recorded event of type " + type, e);
        }
    }
}
