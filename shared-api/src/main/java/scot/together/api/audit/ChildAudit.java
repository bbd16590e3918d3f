package scot.together.api.audit;

import java.util.UUID;

/** Every event that concerns one child, oldest first, with who recorded it and whether it was marked in error. */
public record ChildAudit(UUID childId, boolean pseudonymised) {
}
