package scot.together.api.child;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import scot.together.api.text.PlainText;

/**
 * Records the reference the council knows the child by (its case system's number, say), from a
 * date (null: today). The same reference as the one in use records nothing.
 */
public record RecordCouncilReference(@TargetAggregateIdentifier UUID childId, @PlainText String reference,
                                     LocalDate from) {

    /** The most characters a reference has. */
    public static final int LONGEST = 50;
}
