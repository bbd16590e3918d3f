package scot.together.api.child;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import scot.together.events.CareCategory;

public record ChangeEpisodeCategory(@TargetAggregateIdentifier UUID childId, UUID episodeId, LocalDate date,
                                    CareCategory category) {
}
