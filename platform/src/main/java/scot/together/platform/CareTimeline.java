package scot.together.platform;

import java.sql.Date;
import scot.together.events.child.ChildPlaced;
import scot.together.events.child.EpisodeCategoryChanged;
import scot.together.events.child.EpisodeEnded;
import scot.together.events.child.EpisodeStarted;

/**
 * A child's category of care and homes as date ranges, in a pair of tables that each side
 * keeps in its own schema (the command side's look-ups, the query side's read models). A
 * range holds from {@code from_date} and not on {@code to_date} (null: it still holds). A
 * child's events arrive in order, so each one only closes the open range and opens the next.
 * In the homes table {@code move_number} 0 is an episode's first home; every later one is a move.
 * What happens in an episode that does not stand (its start was recorded in error) changes nothing.
 */
public final class CareTimeline {

    private final ProjectionWrites writes;
    private final String categories;
    private final String homes;

    /** The two tables' names as the SQL gives them, e.g. {@code command.care_range} and {@code command.home_range}. */
    public CareTimeline(ProjectionWrites writes, String categoriesTable, String homesTable) {
        this.writes = writes;
        this.categories = categoriesTable;
        this.homes = homesTable;
    }

    public void on(EpisodeStarted event) {
        openCategory(event.childId(), event.episodeId(), event.category().name(), Date.valueOf(event.effectiveDate()));
    }

    public void on(EpisodeCategoryChanged event) {
        Date date = Date.valueOf(event.effectiveDate());
        writes.write("UPDATE " + categories + " SET to_date = ? WHERE episode_id = ? AND to_date IS NULL"
                + " AND from_date < ?", date, event.episodeId(), date);
        writes.write("INSERT INTO " + categories + " (child_id, episode_id, category, from_date)"
                + " SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM " + categories + " WHERE episode_id = ?)"
                + " ON CONFLICT DO NOTHING", event.childId(), event.episodeId(), event.category().name(), date,
                event.episodeId());
    }

    public void on(EpisodeEnded event) {
        Date end = Date.valueOf(event.effectiveDate());
        writes.write("UPDATE " + categories + " SET to_date = ? WHERE episode_id = ? AND to_date IS NULL", end,
                event.episodeId());
        writes.write("UPDATE " + homes + " SET to_date = ? WHERE episode_id = ? AND to_date IS NULL", end,
                event.episodeId());
    }

    /** A move recorded after its episode ended (within its dates) ends with the episode. */
    public void on(ChildPlaced event) {
        Date start = Date.valueOf(event.effectiveDate());
        writes.write("UPDATE " + homes + " SET to_date = ? WHERE episode_id = ? AND from_date < ?"
                + " AND (to_date IS NULL OR to_date > ?)", start, event.episodeId(), start, start);
        writes.write("INSERT INTO " + homes + " (child_id, episode_id, home_id, from_date, move_number,"
                        + " previous_ending, to_date)"
                        + " SELECT ?, ?, ?, ?, (SELECT count(*) FROM " + homes + " WHERE episode_id = ?), ?,"
                        + " (SELECT max(to_date) FROM " + categories + " WHERE episode_id = ? AND NOT EXISTS"
                        + "   (SELECT 1 FROM " + categories + " o WHERE o.episode_id = ? AND o.to_date IS NULL))"
                        + " WHERE EXISTS (SELECT 1 FROM " + categories + " WHERE episode_id = ?)"
                        + " ON CONFLICT DO NOTHING", event.childId(), event.episodeId(), event.homeId(), start,
                event.episodeId(), event.previousHomeEnding() == null ? null : event.previousHomeEnding().name(),
                event.episodeId(), event.episodeId(), event.episodeId());
    }

    private void openCategory(Object childId, Object episodeId, String category, Date from) {
        writes.write("INSERT INTO " + categories + " (child_id, episode_id, category, from_date) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING", childId, episodeId, category, from);
    }
}
