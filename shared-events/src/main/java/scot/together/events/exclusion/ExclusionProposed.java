package scot.together.events.exclusion;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A school proposes to exclude a care-experienced pupil from {@code startDate} for {@code days}
 * school days. The effective date is the day it was proposed: the exclusion counts in that period.
 * {@code proposedBy} is kept in the fact itself because it decides who may approve it.
 */
public record ExclusionProposed(UUID exclusionId, UUID childId, String school, LocalDate startDate, int days,
                                String reason, String proposedBy, LocalDate effectiveDate) implements ExclusionEvent {
}
