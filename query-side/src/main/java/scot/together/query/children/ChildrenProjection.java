package scot.together.query.children;

import java.sql.Date;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.events.child.ChildPlaced;
import scot.together.events.child.ChildRegistered;
import scot.together.events.child.EpisodeCategoryChanged;
import scot.together.events.child.EpisodeEnded;
import scot.together.events.child.EpisodeStarted;
import scot.together.events.home.HomeRegistered;
import scot.together.platform.CareTimeline;

/**
 * Children, their episodes, categories of care and homes as date ranges ({@link CareTimeline}):
 * what the child's page and the moves and local-care reports read.
 */
@Component
@ProcessingGroup(ChildrenProjection.GROUP)
public class ChildrenProjection {

    public static final String GROUP = "children";

    private final JdbcTemplate jdbc;
    private final CareTimeline timeline;

    public ChildrenProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.timeline = new CareTimeline(jdbc, "query.care_status", "query.child_home");
    }

    @EventHandler
    void on(ChildRegistered event) {
        jdbc.update("INSERT INTO query.child (id, given_name, family_name, date_of_birth, pseudonym, registered_on)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING", event.childId(), event.givenName(),
                event.familyName(), Date.valueOf(event.dateOfBirth()), event.pseudonym(),
                Date.valueOf(event.effectiveDate()));
    }

    @EventHandler
    void on(HomeRegistered event) {
        jdbc.update("INSERT INTO query.home (id, name, kind, within_authority) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO NOTHING", event.homeId(), event.name(), event.kind().name(),
                event.withinAuthority());
    }

    @EventHandler
    void on(EpisodeStarted event) {
        jdbc.update("INSERT INTO query.episode (id, child_id, start_date) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING",
                event.episodeId(), event.childId(), Date.valueOf(event.effectiveDate()));
        timeline.on(event);
    }

    @EventHandler
    void on(EpisodeCategoryChanged event) {
        timeline.on(event);
    }

    @EventHandler
    void on(EpisodeEnded event) {
        jdbc.update("UPDATE query.episode SET end_date = ?, end_reason = ? WHERE id = ?",
                Date.valueOf(event.effectiveDate()), event.reason(), event.episodeId());
        timeline.on(event);
    }

    @EventHandler
    void on(ChildPlaced event) {
        timeline.on(event);
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE query.child, query.home, query.episode, query.care_status, query.child_home");
    }
}
