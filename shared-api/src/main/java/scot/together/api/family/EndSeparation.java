package scot.together.api.family;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import scot.together.api.text.MultiLineText;

public record EndSeparation(@TargetAggregateIdentifier UUID separationId, LocalDate date,
                            @MultiLineText String reason) {
}
