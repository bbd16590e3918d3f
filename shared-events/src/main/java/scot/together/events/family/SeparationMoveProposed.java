package scot.together.events.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import scot.together.events.CareEvent;

/**
 * The move a separation request is asked for: the child would move to the home on
 * {@code moveOn}, apart from the brothers and sisters the request names. Recorded while the
 * request waits, so the Head of Service decides with the move in view. The effective date is
 * the day the move was proposed; {@code moveOn} may lie ahead.
 */
public record SeparationMoveProposed(UUID separationId, UUID childId, UUID homeId, LocalDate moveOn,
                                     LocalDate effectiveDate) implements CareEvent {
    @Override
    public List<UUID> children() {
        return List.of(childId);
    }
}
