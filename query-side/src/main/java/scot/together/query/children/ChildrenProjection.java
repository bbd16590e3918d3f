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

/**
 * Children, their episodes, categories of care and homes as date ranges: what the child's
 * page and the moves and local-care reports read. Events of one child arrive in order
 * (Axon sequences them per aggregate), so each handler only closes the open range and
 * opens the next.
 */
@Component
@ProcessingGroup(ChildrenProjection.GROUP)
public class ChildrenProjection {

    public static final String GROUP = "children";

    private final JdbcTemplate jdbc;

    public ChildrenProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
        jdbc.update("INSERT INTO query.care_status (child_id, episode_id, category, from_date) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING", event.childId(), event.episodeId(), event.category().name(),
                Date.valueOf(event.effectiveDate()));
    }

    @EventHandler
    void on(EpisodeCategoryChanged event) {
        Date date = Date.valueOf(event.effectiveDate());
        jdbc.update("UPDATE query.care_status SET to_date = ? WHERE episode_id = ? AND to_date IS NULL"
                + " AND from_date < ?", date, event.episodeId(), date);
        jdbc.update("INSERT INTO query.care_status (child_id, episode_id, category, from_date) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING", event.childId(), event.episodeId(), event.category().name(), date);
    }

    @EventHandler
    void on(EpisodeEnded event) {
        Date end = Date.valueOf(event.effectiveDate());
        jdbc.update("UPDATE query.episode SET end_date = ?, end_reason = ? WHERE id = ?", end, event.reason(),
                event.episodeId());
        jdbc.update("UPDATE query.care_status SET to_date = ? WHERE episode_id = ? AND to_date IS NULL", end,
                event.episodeId());
        jdbc.update("UPDATE query.child_home SET to_date = ? WHERE episode_id = ? AND to_date IS NULL", end,
                event.episodeId());
    }

    @EventHandler
    void on(ChildPlaced event) {
        Date start = Date.valueOf(event.effectiveDate());
        jdbc.update("UPDATE query.child_home SET to_date = ? WHERE episode_id = ? AND from_date < ?"
                + " AND (to_date IS NULL OR to_date > ?)", start, event.episodeId(), start, start);
        jdbc.update("INSERT INTO query.child_home (child_id, episode_id, home_id, from_date, move_number,"
                        + " previous_ending, to_date)"
                        + " SELECT ?, ?, ?, ?, (SELECT count(*) FROM query.child_home WHERE episode_id = ?), ?,"
                        + " (SELECT end_date FROM query.episode WHERE id = ?)"
                        + " ON CONFLICT DO NOTHING", event.childId(), event.episodeId(), event.homeId(), start,
                event.episodeId(), event.previousHomeEnding() == null ? null : event.previousHomeEnding().name(),
                event.episodeId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE query.child, query.home, query.episode, query.care_status, query.child_home");
    }
}
