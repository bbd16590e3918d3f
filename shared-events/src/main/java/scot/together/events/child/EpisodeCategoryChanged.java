package scot.together.events.child;

import java.time.LocalDate;
import java.util.UUID;
import scot.together.events.CareCategory;

/** From the effective date on, the episode is in the new category. */
public record EpisodeCategoryChanged(UUID childId, UUID episodeId, CareCategory category, LocalDate effectiveDate)
        implements ChildEvent {
}
