package scot.together.events.child;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child is known to the service. The pseudonym is drawn at random when the child is
 * registered, so that it stays the same for ever (through any rebuild of the reports) and
 * says nothing about who the child is.
 */
public record ChildRegistered(UUID childId, String givenName, String familyName, LocalDate dateOfBirth,
                              String pseudonym, LocalDate effectiveDate) implements ChildEvent {
}
