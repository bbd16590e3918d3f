package scot.together.api.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import scot.together.events.child.HomeEnding;

/**
 * Brothers and sisters move to one home on the same day, recorded at once: one by one, the
 * first move would leave them apart for a moment and be refused. {@code previousHomeEnding}
 * applies to each child who already has a home in their episode.
 */
public record MoveTogether(List<UUID> childIds, UUID homeId, LocalDate startDate, HomeEnding previousHomeEnding) {
}
