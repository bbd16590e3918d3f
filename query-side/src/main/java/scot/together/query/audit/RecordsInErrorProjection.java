package scot.together.query.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.events.audit.RecordMarkedInError;

/**
 * The events marked as recorded in error. The reports leave them out when they read (a join at
 * read time), so it does not matter in which order a record and its correction arrive.
 */
@Component
@ProcessingGroup(BoardRecords.GROUP)
public class RecordsInErrorProjection {

    private final JdbcTemplate jdbc;

    public RecordsInErrorProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RecordMarkedInError event, EventMessage<?> message) {
        jdbc.update("INSERT INTO record_in_error (event_id, correction_event, reason) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING", event.eventId(), message.getIdentifier(), event.reason());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE record_in_error");
    }
}
