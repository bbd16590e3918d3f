package scot.together.command.corrections;

import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.command.CommandSideConfiguration;
import scot.together.platform.ProjectionWrites;

/** The look-up of which record holds each event, kept with the other look-ups. */
@Component
@ProcessingGroup(CommandSideConfiguration.CONSISTENT_LOOKUPS)
public class RecordOwnersInStore implements RecordOwners {

    private final JdbcTemplate jdbc;
    private final ProjectionWrites writes;

    public RecordOwnersInStore(JdbcTemplate jdbc, ProjectionWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        writes.write("INSERT INTO command.recorded_event (event_id, record_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                message.getIdentifier(), message.getAggregateIdentifier());
    }

    @ResetHandler
    void reset() {
        writes.write("TRUNCATE command.recorded_event");
    }

    @Override
    public Optional<UUID> ownerOf(String eventId) {
        return jdbc.queryForList("SELECT record_id FROM command.recorded_event WHERE event_id = ?", String.class,
                        eventId).stream().findFirst().map(RecordOwnersInStore::uuidOrNull);
    }

    private static UUID uuidOrNull(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;  // accounts are named, not numbered; they are never marked in error
        }
    }
}
