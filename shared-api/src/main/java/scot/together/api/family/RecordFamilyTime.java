package scot.together.api.family;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import scot.together.api.text.MultiLineText;

public record RecordFamilyTime(@TargetAggregateIdentifier UUID planId, UUID sessionId, LocalDate date, boolean happened,
                               @MultiLineText String whyNot) {
}
