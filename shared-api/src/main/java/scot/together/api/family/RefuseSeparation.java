package scot.together.api.family;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RefuseSeparation(@TargetAggregateIdentifier UUID separationId, String reason) {
}
