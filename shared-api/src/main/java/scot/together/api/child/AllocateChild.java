package scot.together.api.child;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import scot.together.api.text.PlainText;

/** Allocates the child to a worker (a user name) in a team from a date; a later one reallocates them. */
public record AllocateChild(@TargetAggregateIdentifier UUID childId, @PlainText String worker, @PlainText String team,
                            LocalDate from) {
}
