package scot.together.api.child;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import scot.together.api.text.PlainText;

/**
 * Registers a child. With {@code askIfAlike}, a child already registered with the same name
 * and date of birth refuses it (the person is asked whether this is another child, and sends it
 * again without); without it (as before), it is recorded whatever else is registered.
 */
public record RegisterChild(@TargetAggregateIdentifier UUID childId, @PlainText String givenName,
                            @PlainText String familyName, LocalDate dateOfBirth, boolean askIfAlike) {

    public RegisterChild(UUID childId, String givenName, String familyName, LocalDate dateOfBirth) {
        this(childId, givenName, familyName, dateOfBirth, false);
    }
}
