package scot.together.command.child;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A rule that a move to a new home must pass beyond the child's own record, checked by
 * {@link Placements} while it holds the locks on the children concerned.
 */
public interface PlacementRule {

    /** Throws a {@link scot.together.command.RuleViolation} when the move may not be recorded. */
    void check(UUID childId, UUID homeId, LocalDate startDate);
}
