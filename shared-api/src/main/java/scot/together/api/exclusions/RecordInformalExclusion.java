package scot.together.api.exclusions;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordInformalExclusion(@TargetAggregateIdentifier UUID exclusionId, UUID childId, String school,
                                      LocalDate date, int days, String description) {
}
