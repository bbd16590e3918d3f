package scot.together.events.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import scot.together.events.CareEvent;

/**
 * The relationship no longer holds from the effective date (or was recorded in error): it
 * counts up to the day before.
 */
public record BrothersAndSistersEnded(UUID relationshipId, UUID childId, UUID otherChildId, String reason,
                                      LocalDate effectiveDate) implements CareEvent {
    @Override
    public List<UUID> children() {
        return List.of(childId, otherChildId);
    }
}
