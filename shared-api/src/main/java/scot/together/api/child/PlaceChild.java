package scot.together.api.child;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import scot.together.events.child.HomeEnding;

/** The child moves to a home on the start date. */
public record PlaceChild(@TargetAggregateIdentifier UUID childId, UUID homeId, LocalDate startDate,
                         HomeEnding previousHomeEnding) {
}
