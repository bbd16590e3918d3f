package scot.together.api.caseload;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A separation or exclusion decided, with the children it concerns (their names in the same
 * order: a list of decisions is no look at each child's record) and each decision given on it.
 */
public record PastDecision(UUID recordId, List<UUID> childIds, List<String> childNames, String outcome,
                           String about, List<Decision> decisions) {

    /** One decision: who, in which role, what (approved or refused), their comment, when. */
    public record Decision(String by, String role, String decision, String comment, Instant at) {
    }
}
