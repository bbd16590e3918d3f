package scot.together.api.exclusions;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import scot.together.api.text.MultiLineText;

public record RefuseExclusion(@TargetAggregateIdentifier UUID exclusionId, @MultiLineText String reason) {
}
