package scot.together.api.family;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record EndSeparation(@TargetAggregateIdentifier UUID separationId, LocalDate date, String reason) {
}
