package scot.together.api.child;

import java.util.UUID;

/**
 * Everything recorded about a child, oldest first. Empty when there is no such child.
 * Pseudonymised for readers who may not know who the child is.
 */
public record ChildHistory(UUID childId, boolean pseudonymised) {
}
