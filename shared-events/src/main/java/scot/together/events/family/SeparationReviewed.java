package scot.together.events.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import scot.together.events.CareEvent;

/** A review of an approved separation, on the effective date; next one due by {@code nextReviewBy}. */
public record SeparationReviewed(UUID separationId, List<UUID> childIds, ReviewOutcome outcome,
                                 LocalDate nextReviewBy, LocalDate effectiveDate) implements CareEvent {
    @Override
    public List<UUID> children() {
        return childIds;
    }
}
