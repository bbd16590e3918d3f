package scot.together.api.child;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterChild(@TargetAggregateIdentifier UUID childId, String givenName, String familyName,
                            LocalDate dateOfBirth) {
}
