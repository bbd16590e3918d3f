package scot.together.events.care;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import scot.together.events.CareEvent;

/** A child was physically held (restrained) on the effective date; what happened and how it was followed up. */
public record PhysicalInterventionRecorded(UUID interventionId, UUID childId, InterventionSetting setting,
                                           String whatHappened, String followUp, LocalDate effectiveDate)
        implements CareEvent {
    @Override
    public List<UUID> children() {
        return List.of(childId);
    }
}
