package scot.together.events.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import scot.together.events.CareEvent;

/** The plan no longer holds from the effective date. */
public record FamilyTimePlanEnded(UUID planId, List<UUID> childIds, String reason, LocalDate effectiveDate)
        implements CareEvent {
    @Override
    public List<UUID> children() {
        return childIds;
    }
}
