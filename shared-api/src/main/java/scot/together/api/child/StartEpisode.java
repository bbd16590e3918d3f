package scot.together.api.child;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import scot.together.events.CareCategory;

public record StartEpisode(@TargetAggregateIdentifier UUID childId, UUID episodeId, LocalDate startDate,
                           CareCategory category) {
}
