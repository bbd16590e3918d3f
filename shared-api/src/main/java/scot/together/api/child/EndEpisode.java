package scot.together.api.child;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import scot.together.api.text.MultiLineText;

public record EndEpisode(@TargetAggregateIdentifier UUID childId, UUID episodeId, LocalDate endDate,
                         @MultiLineText String reason) {
}
