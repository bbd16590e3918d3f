package scot.together.api.audit;

import java.util.UUID;

/** Who looked at a child's record or history, newest first. */
public record ChildAccessLog(UUID childId) {
}
