package scot.together.api.caseload;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One thing due for a child: its kind, the record that settles it (a separation, a family time
 * plan, an exclusion; null for a permanence plan, which is recorded on the child), the day it is
 * due, whether that day has passed, and how many (family time sessions not recorded; else 1).
 */
public record Due(DueKind kind, UUID childId, String childName, UUID recordId, LocalDate dueOn, boolean overdue,
                  int count) {
}
