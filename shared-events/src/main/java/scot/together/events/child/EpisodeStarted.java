package scot.together.events.child;

import java.time.LocalDate;
import java.util.UUID;
import scot.together.events.CareCategory;

/** A looked-after (or care-experienced) episode begins, in a category. */
public record EpisodeStarted(UUID childId, UUID episodeId, CareCategory category, LocalDate effectiveDate)
        implements ChildEvent {
}
