package scot.together.api.family;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import scot.together.api.text.MultiLineText;

/** {@code decidedOn} null means today. */
public record ApproveSeparation(@TargetAggregateIdentifier UUID separationId, @MultiLineText String comment,
                                LocalDate decidedOn) {
}
