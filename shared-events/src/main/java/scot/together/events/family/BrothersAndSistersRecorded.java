package scot.together.events.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import scot.together.events.CareEvent;

/** Two children are brother or sister to each other (symmetric) from the effective date. */
public record BrothersAndSistersRecorded(UUID relationshipId, UUID childId, UUID otherChildId, RelationshipKind kind,
                                         LocalDate effectiveDate) implements CareEvent {
    @Override
    public List<UUID> children() {
        return List.of(childId, otherChildId);
    }
}
