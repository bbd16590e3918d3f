package scot.together.api.child;

import java.time.LocalDate;
import java.util.UUID;
import scot.together.events.CareCategory;

/**
 * A child as a search lists them: who they are, their category of care today (null: none) and
 * the council's reference in use (null: none recorded).
 */
public record ChildSummary(UUID id, String givenName, String familyName, LocalDate dateOfBirth,
                           CareCategory category, String councilReference) {
}
