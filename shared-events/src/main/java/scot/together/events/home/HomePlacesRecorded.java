package scot.together.events.home;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import scot.together.events.CareEvent;

/**
 * How many children a home can take from the effective date, and the ages it is approved for
 * where the council records them (youngestAge, oldestAge: whole years, either may be null).
 */
public record HomePlacesRecorded(UUID homeId, int places, Integer youngestAge, Integer oldestAge,
                                 LocalDate effectiveDate) implements CareEvent {
    @Override
    public List<UUID> children() {
        return List.of();
    }
}
