package scot.together.api.family;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import scot.together.api.text.MultiLineText;

public record RefuseSeparation(@TargetAggregateIdentifier UUID separationId, @MultiLineText String reason) {
}
