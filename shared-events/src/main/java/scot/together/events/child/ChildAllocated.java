package scot.together.events.child;

import java.time.LocalDate;
import java.util.UUID;

/**
 * From the effective date the child is allocated to a worker (their user name) in a team:
 * the child is on that worker's caseload. A later allocation reallocates the child from its
 * own date; the previous one holds until then.
 */
public record ChildAllocated(UUID childId, String worker, String team, LocalDate effectiveDate)
        implements ChildEvent {
}
