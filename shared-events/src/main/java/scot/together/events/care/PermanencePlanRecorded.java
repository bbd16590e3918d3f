package scot.together.events.care;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import scot.together.events.CareEvent;

/** A permanent plan of a kind was agreed for the child on the effective date. */
public record PermanencePlanRecorded(UUID planId, UUID childId, PermanenceKind kind, LocalDate effectiveDate)
        implements CareEvent {
    @Override
    public List<UUID> children() {
        return List.of(childId);
    }
}
