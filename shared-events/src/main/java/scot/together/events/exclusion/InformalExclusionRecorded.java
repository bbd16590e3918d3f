package scot.together.events.exclusion;

import java.time.LocalDate;
import java.util.UUID;

/** The pupil was excluded informally (sent home, put on a part-time timetable) from the effective date. */
public record InformalExclusionRecorded(UUID exclusionId, UUID childId, String school, int days, String description,
                                        LocalDate effectiveDate) implements ExclusionEvent {
}
