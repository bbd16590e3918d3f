package scot.together.events.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import scot.together.events.CareEvent;

/** The separation no longer covers its children from the effective date (e.g. they live together again). */
public record SeparationEnded(UUID separationId, List<UUID> childIds, String reason, LocalDate effectiveDate)
        implements CareEvent {
    @Override
    public List<UUID> children() {
        return childIds;
    }
}
