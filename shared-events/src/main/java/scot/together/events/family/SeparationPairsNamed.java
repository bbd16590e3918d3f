package scot.together.events.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import scot.together.events.CareEvent;

/**
 * Which of the children of a separation request would live apart from which: recorded with the
 * request, straight after its {@link SeparationRequested}, when the request names pairs (or two
 * sides). The separation then covers only these pairs; a request without this event covers
 * every pair of its children, as requests always did. Effective on the day it was asked.
 */
public record SeparationPairsNamed(UUID separationId, List<UUID> childIds, List<ChildPair> apart,
                                   LocalDate effectiveDate) implements CareEvent {
    @Override
    public List<UUID> children() {
        return childIds;
    }
}
