package scot.together.api.care;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DischargeFromSecureCare(@TargetAggregateIdentifier UUID stayId, UUID childId, LocalDate date) {
}
