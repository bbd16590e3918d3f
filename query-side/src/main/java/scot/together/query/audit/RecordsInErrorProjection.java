package scot.together.query.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import scot.together.events.audit.RecordMarkedInError;
import scot.together.platform.ProjectionWrites;

/**
 * The events marked as recorded in error. The reports leave them out when they read (a join at
 * read time), so it does not matter in which order a record and its correction arrive.
 */
@Component
@ProcessingGroup(BoardRecords.GROUP)
public class RecordsInErrorProjection {

    private final ProjectionWrites writes;

    public RecordsInErrorProjection(ProjectionWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(RecordMarkedInError event, EventMessage<?> message) {
        writes.write("INSERT INTO record_in_error (event_id, correction_event, reason) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING", event.eventId(), message.getIdentifier(), event.reason());
    }

    @ResetHandler
    void reset() {
        writes.write("TRUNCATE record_in_error");
    }
}
