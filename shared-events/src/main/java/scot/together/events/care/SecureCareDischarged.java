package scot.together.events.care;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import scot.together.events.CareEvent;

/** The child left secure care on the effective date. */
public record SecureCareDischarged(UUID stayId, UUID childId, LocalDate effectiveDate) implements CareEvent {
    @Override
    public List<UUID> children() {
        return List.of(childId);
    }
}
