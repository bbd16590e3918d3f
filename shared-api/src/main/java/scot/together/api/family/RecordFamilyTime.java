package scot.together.api.family;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordFamilyTime(@TargetAggregateIdentifier UUID planId, UUID sessionId, LocalDate date,
                               boolean happened, String whyNot) {
}
