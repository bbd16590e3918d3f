package scot.together.events.exclusion;

import java.time.LocalDate;
import java.util.UUID;

/** A head refused the exclusion: it does not happen, whatever approvals were given before. */
public record ExclusionRefused(UUID exclusionId, UUID childId, String refusedBy, String role, String reason,
                               LocalDate effectiveDate) implements ExclusionEvent {
}
