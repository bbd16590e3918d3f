package scot.together.events.child;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The episode ends on the effective date: the child is no longer looked after on that day,
 * and the home they had in the episode ends with it.
 */
public record EpisodeEnded(UUID childId, UUID episodeId, String reason, LocalDate effectiveDate)
        implements ChildEvent {
}
