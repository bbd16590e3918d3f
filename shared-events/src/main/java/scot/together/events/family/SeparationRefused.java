package scot.together.events.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import scot.together.events.CareEvent;

/** The Head of Service does not agree: the children are to live together. */
public record SeparationRefused(UUID separationId, List<UUID> childIds, String reason, LocalDate effectiveDate)
        implements CareEvent {
    @Override
    public List<UUID> children() {
        return childIds;
    }
}
