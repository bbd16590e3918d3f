package scot.together.api.family;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import scot.together.events.family.RelationshipKind;

public record RecordBrothersAndSisters(@TargetAggregateIdentifier UUID relationshipId, UUID childId, UUID otherChildId,
                                       RelationshipKind kind, LocalDate since) {
}
