package scot.together.events.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import scot.together.events.CareEvent;

/** The Head of Service agrees; the separation covers its children from the effective date (decidedOn). */
public record SeparationApproved(UUID separationId, List<UUID> childIds, String comment, LocalDate effectiveDate)
        implements CareEvent {
    @Override
    public List<UUID> children() {
        return childIds;
    }
}
