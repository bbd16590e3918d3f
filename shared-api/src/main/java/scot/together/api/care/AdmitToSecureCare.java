package scot.together.api.care;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import scot.together.api.text.MultiLineText;

public record AdmitToSecureCare(@TargetAggregateIdentifier UUID stayId, UUID childId, LocalDate date,
                                @MultiLineText String reason) {
}
