package scot.together.api.child;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import scot.together.api.text.PlainText;

public record RegisterChild(@TargetAggregateIdentifier UUID childId, @PlainText String givenName,
                            @PlainText String familyName, LocalDate dateOfBirth) {
}
