package scot.together.api.family;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record EndFamilyTimePlan(@TargetAggregateIdentifier UUID planId, LocalDate date, String reason) {
}
