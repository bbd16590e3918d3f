package scot.together.api.child;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import scot.together.api.text.PlainText;

/**
 * Registers a child. With {@code askIfAlike}, a child already registered with the same name
 * and date of birth refuses it (the person is asked whether this is another child, and sends it
 * again without); without it (as before), it is recorded whatever else is registered. A
 * {@code councilReference} (optional) is recorded with the registration, from the same day.
 */
public record RegisterChild(@TargetAggregateIdentifier UUID childId, @PlainText String givenName,
                            @PlainText String familyName, LocalDate dateOfBirth, boolean askIfAlike,
                            @PlainText String councilReference) {

    public RegisterChild(UUID childId, String givenName, String familyName, LocalDate dateOfBirth) {
        this(childId, givenName, familyName, dateOfBirth, false);
    }

    public RegisterChild(UUID childId, String givenName, String familyName, LocalDate dateOfBirth,
                         boolean askIfAlike) {
        this(childId, givenName, familyName, dateOfBirth, askIfAlike, null);
    }
}
