package scot.together.events.care;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import scot.together.events.CareEvent;

/** The child was admitted to secure care on the effective date (a stay, until discharged). */
public record SecureCareAdmitted(UUID stayId, UUID childId, String reason, LocalDate effectiveDate)
        implements CareEvent {
    @Override
    public List<UUID> children() {
        return List.of(childId);
    }
}
