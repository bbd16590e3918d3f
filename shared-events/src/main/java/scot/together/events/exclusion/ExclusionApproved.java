package scot.together.events.exclusion;

import java.time.LocalDate;
import java.util.UUID;

/** Both heads have approved: the exclusion may go ahead. */
public record ExclusionApproved(UUID exclusionId, UUID childId, LocalDate effectiveDate) implements ExclusionEvent {
}
