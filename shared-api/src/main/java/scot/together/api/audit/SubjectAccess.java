package scot.together.api.audit;

import java.util.UUID;

/** A subject-access export for one child. Answers null when there is no such child. */
public record SubjectAccess(UUID childId) {
}
