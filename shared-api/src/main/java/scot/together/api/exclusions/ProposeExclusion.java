package scot.together.api.exclusions;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ProposeExclusion(@TargetAggregateIdentifier UUID exclusionId, UUID childId, String school,
                               LocalDate startDate, int days, String reason) {
}
