package scot.together.events.exclusion;

import java.time.LocalDate;
import java.util.UUID;

/** One of the two heads approved the exclusion, in {@code role}; both are needed before it may happen. */
public record ExclusionApprovalGiven(UUID exclusionId, UUID childId, String approvedBy, String role, String comment,
                                     LocalDate effectiveDate) implements ExclusionEvent {
}
