package scot.together.events.child;

import java.time.LocalDate;
import java.util.UUID;

/**
 * From the effective date the child lives in the home. When the child already had a home in
 * this episode, this is a move and {@code previousHomeEnding} says how that home ended;
 * for the first home of an episode it is null.
 */
public record ChildPlaced(UUID childId, UUID episodeId, UUID homeId, HomeEnding previousHomeEnding,
                          LocalDate effectiveDate) implements ChildEvent {
}
