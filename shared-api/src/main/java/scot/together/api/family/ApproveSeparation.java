package scot.together.api.family;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code decidedOn} null means today. */
public record ApproveSeparation(@TargetAggregateIdentifier UUID separationId, String comment, LocalDate decidedOn) {
}
