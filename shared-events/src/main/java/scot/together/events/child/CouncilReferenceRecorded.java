package scot.together.events.child;

import java.time.LocalDate;
import java.util.UUID;

/**
 * From the effective date the council knows the child by this reference too (the number its own
 * case system gives them, say), so that a worker finds the child by it. A later one is the
 * reference in use from its own date; the earlier ones still find the child.
 */
public record CouncilReferenceRecorded(UUID childId, String reference, LocalDate effectiveDate)
        implements ChildEvent {
}
