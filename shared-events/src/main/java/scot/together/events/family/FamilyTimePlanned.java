package scot.together.events.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import scot.together.events.CareEvent;

/**
 * Family time planned for brothers and sisters living apart, from the effective date: how
 * often, and with whom (in plain words, e.g. "with her brother Sam at the family centre").
 */
public record FamilyTimePlanned(UUID planId, List<UUID> childIds, FamilyTimeFrequency howOften, String withWhom,
                                LocalDate effectiveDate) implements CareEvent {
    @Override
    public List<UUID> children() {
        return childIds;
    }
}
