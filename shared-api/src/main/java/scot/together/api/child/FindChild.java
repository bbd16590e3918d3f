package scot.together.api.child;

import java.util.UUID;

/** A child's record as of today. Answers null when there is no such child. */
public record FindChild(UUID childId) {
}
