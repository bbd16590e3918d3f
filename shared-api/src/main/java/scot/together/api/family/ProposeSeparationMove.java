package scot.together.api.family;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The move a waiting separation request is for: the child would move to the home on {@code moveOn}. */
public record ProposeSeparationMove(@TargetAggregateIdentifier UUID separationId, UUID childId, UUID homeId,
                                    LocalDate moveOn) {
}
