package scot.together.query.children;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.events.audit.RecordMarkedInError;
import scot.together.events.child.ChildPlaced;
import scot.together.events.child.EpisodeCategoryChanged;
import scot.together.events.child.EpisodeEnded;
import scot.together.events.child.EpisodeStarted;

/**
 * When an episode, change of category or move of a child is marked as recorded in error, the
 * child's episodes, categories and homes are worked out again from the child's own events,
 * leaving out every event marked in error; so the moves and local-care reports no longer count
 * it. The correction is sequenced with the child's own events (see {@code ChildSequencing}).
 */
@Component
@ProcessingGroup(ChildrenProjection.GROUP)
public class ChildCorrections {

    private static final Set<String> CHILD_RECORD_EVENTS = Set.of(EpisodeStarted.class.getSimpleName(),
            EpisodeCategoryChanged.class.getSimpleName(), EpisodeEnded.class.getSimpleName(),
            ChildPlaced.class.getSimpleName());

    private final JdbcTemplate jdbc;
    private final ChildrenProjection projection;
    private final EventStore eventStore;

    public ChildCorrections(JdbcTemplate jdbc, ChildrenProjection projection, @Lazy EventStore eventStore) {
        this.jdbc = jdbc;
        this.projection = projection;
        this.eventStore = eventStore;
    }

    @EventHandler
    void on(RecordMarkedInError event) {
        if (!CHILD_RECORD_EVENTS.contains(event.eventType()) || event.children().size() != 1) {
            return;
        }
        UUID child = event.children().get(0);
        jdbc.update("INSERT INTO query.child_event_in_error (event_id, child_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                event.eventId(), child);
        List<String> inError = jdbc.queryForList("SELECT event_id FROM query.child_event_in_error WHERE child_id = ?",
                String.class, child);
        jdbc.update("DELETE FROM query.child_home WHERE child_id = ?", child);
        jdbc.update("DELETE FROM query.care_status WHERE child_id = ?", child);
        jdbc.update("DELETE FROM query.episode WHERE child_id = ?", child);
        Set<UUID> episodesInError = new HashSet<>();
        eventStore.readEvents(child.toString()).asStream().forEach(message -> {
            if (inError.contains(message.getIdentifier())) {
                if (message.getPayload() instanceof EpisodeStarted started) {
                    episodesInError.add(started.episodeId());
                }
            } else {
                replay(message.getPayload(), episodesInError);
            }
        });
    }

    /** Applies the event again, unless it belongs to an episode whose start was recorded in error. */
    private void replay(Object event, Set<UUID> episodesInError) {
        if (event instanceof EpisodeStarted started) {
            projection.on(started);
        } else if (event instanceof EpisodeCategoryChanged changed && !episodesInError.contains(changed.episodeId())) {
            projection.on(changed);
        } else if (event instanceof EpisodeEnded ended && !episodesInError.contains(ended.episodeId())) {
            projection.on(ended);
        } else if (event instanceof ChildPlaced placed && !episodesInError.contains(placed.episodeId())) {
            projection.on(placed);
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE query.child_event_in_error");
    }
}
