package scot.together.events.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import scot.together.events.CareEvent;

/**
 * A social worker asks the Head of Service to agree that these brothers and sisters live
 * apart. The requester is the event's recordedBy. Effective on the day it was asked.
 */
public record SeparationRequested(UUID separationId, List<UUID> childIds, Assessment assessment, String reason,
                                  LocalDate reviewBy, List<ChildsView> views, LocalDate effectiveDate)
        implements CareEvent {
    @Override
    public List<UUID> children() {
        return childIds;
    }
}
