package scot.together.api.family;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import scot.together.events.family.ReviewOutcome;

public record ReviewSeparation(@TargetAggregateIdentifier UUID separationId, LocalDate reviewedOn,
                               ReviewOutcome outcome, LocalDate nextReviewBy) {
}
