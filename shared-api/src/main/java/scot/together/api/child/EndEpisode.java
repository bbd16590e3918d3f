package scot.together.api.child;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record EndEpisode(@TargetAggregateIdentifier UUID childId, UUID episodeId, LocalDate endDate, String reason) {
}
