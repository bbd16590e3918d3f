package scot.together.api.care;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import scot.together.events.care.PermanenceKind;

public record RecordPermanencePlan(@TargetAggregateIdentifier UUID planId, UUID childId, PermanenceKind kind,
                                   LocalDate agreedOn) {
}
