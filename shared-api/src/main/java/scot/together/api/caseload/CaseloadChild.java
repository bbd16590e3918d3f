package scot.together.api.caseload;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A child on a worker's caseload: who, where they live today, since when allocated, and what is due. */
public record CaseloadChild(UUID childId, String givenName, String familyName, LocalDate dateOfBirth, UUID homeId,
                            String homeName, String worker, String team, LocalDate allocatedFrom, List<Due> due) {
}
