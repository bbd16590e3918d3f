package scot.together.events.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import scot.together.events.CareEvent;

/** What happened on a day of planned family time: it happened, or it did not and why not. */
public record FamilyTimeRecorded(UUID planId, UUID sessionId, List<UUID> childIds, boolean happened,
                                 String whyNot, LocalDate effectiveDate) implements CareEvent {
    @Override
    public List<UUID> children() {
        return childIds;
    }
}
