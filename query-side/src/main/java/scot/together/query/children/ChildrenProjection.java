package scot.together.query.children;

import java.sql.Date;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;
import scot.together.events.child.ChildPlaced;
import scot.together.events.child.ChildRegistered;
import scot.together.events.child.EpisodeCategoryChanged;
import scot.together.events.child.EpisodeEnded;
import scot.together.events.child.EpisodeStarted;
import scot.together.events.home.HomePlacesRecorded;
import scot.together.events.home.HomeRegistered;
import scot.together.platform.CareTimeline;
import scot.together.platform.corrections.FollowsRecords;
import scot.together.platform.corrections.RecordFollowers;
import scot.together.events.audit.RecordMarkedInError;
import scot.together.platform.ProjectionWrites;

/**
 * Children, their episodes, categories of care and homes as date ranges ({@link CareTimeline}):
 * what the child's page and the moves and local-care reports read.
 */
@Component
@ProcessingGroup(ChildrenProjection.GROUP)
public class ChildrenProjection implements FollowsRecords {

    public static final String GROUP = "children";

    private final ProjectionWrites writes;
    private final CareTimeline timeline;
    private final RecordFollowers corrections;

    public ChildrenProjection(ProjectionWrites writes, RecordFollowers corrections) {
        this.writes = writes;
        this.timeline = new CareTimeline(writes, "care_status", "child_home");
        this.corrections = corrections;
    }

    @EventHandler
    void on(ChildRegistered event) {
        writes.write("INSERT INTO child (id, given_name, family_name, date_of_birth, pseudonym, registered_on)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING", event.childId(), event.givenName(),
                event.familyName(), Date.valueOf(event.dateOfBirth()), event.pseudonym(),
                Date.valueOf(event.effectiveDate()));
    }

    @EventHandler
    void on(HomeRegistered event) {
        writes.write("INSERT INTO home (id, name, kind, within_authority) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO NOTHING", event.homeId(), event.name(), event.kind().name(),
                event.withinAuthority());
    }

    @EventHandler
    void on(HomePlacesRecorded event) {
        writes.write("INSERT INTO home_places (home_id, from_date, places, youngest_age, oldest_age)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (home_id, from_date) DO UPDATE SET places = EXCLUDED.places,"
                        + " youngest_age = EXCLUDED.youngest_age, oldest_age = EXCLUDED.oldest_age",
                event.homeId(), Date.valueOf(event.effectiveDate()), event.places(), event.youngestAge(),
                event.oldestAge());
    }

    @EventHandler
    void on(EpisodeStarted event) {
        writes.write("INSERT INTO episode (id, child_id, start_date) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING",
                event.episodeId(), event.childId(), Date.valueOf(event.effectiveDate()));
        timeline.on(event);
    }

    @EventHandler
    void on(EpisodeCategoryChanged event) {
        timeline.on(event);
    }

    @EventHandler
    void on(EpisodeEnded event) {
        writes.write("UPDATE episode SET end_date = ?, end_reason = ? WHERE id = ?",
                Date.valueOf(event.effectiveDate()), event.reason(), event.episodeId());
        timeline.on(event);
    }

    @EventHandler
    void on(ChildPlaced event) {
        timeline.on(event);
    }

    @EventHandler
    void on(RecordMarkedInError correction, DomainEventMessage<?> message) {
        corrections.correct(message, this);
    }

    @Override
    public void forget(UUID recordId) {
        for (String table : List.of("child_home", "care_status", "episode")) {
            writes.write("DELETE FROM " + table + " WHERE child_id = ?", recordId);
        }
        writes.write("DELETE FROM home_places WHERE home_id = ?", recordId);
    }

    @ResetHandler
    void reset() {
        writes.write("TRUNCATE child, home, episode, care_status, child_home,"
                + " home_places");
    }
}
