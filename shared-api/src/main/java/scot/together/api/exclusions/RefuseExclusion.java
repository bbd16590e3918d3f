package scot.together.api.exclusions;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RefuseExclusion(@TargetAggregateIdentifier UUID exclusionId, String reason) {
}
