package scot.together.api.child;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import scot.together.events.CareCategory;

/** One episode: its latest category, when it began and ended (null: still open), and where the child lived. */
public record EpisodeSummary(UUID id, LocalDate startDate, LocalDate endDate, CareCategory category,
                             List<Stay> homes) {

    /** A home the child lived in during the episode, from one date until another (null: still). */
    public record Stay(UUID homeId, String homeName, LocalDate from, LocalDate to) {
    }
}
