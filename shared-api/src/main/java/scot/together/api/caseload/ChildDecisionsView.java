package scot.together.api.caseload;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Around one child: who they are allocated to today (null: no one), the separation requests that wait for a decision (with the move proposed),
 * their school exclusions and family time sessions recorded, newest first.
 */
public record ChildDecisionsView(Allocation allocation, List<SeparationWaiting> separationsWaiting, List<Exclusion> exclusions,
                                 List<FamilyTimeSession> familyTime) {

    public record Allocation(String worker, String team, LocalDate from) {
    }

    public record SeparationWaiting(UUID separationId, List<UUID> childIds, String requestedBy, LocalDate requestedOn,
                                    ProposedMove proposedMove) {
    }

    public record Exclusion(UUID exclusionId, boolean formal, String school, LocalDate startDate, int days,
                            String status) {
    }

    public record FamilyTimeSession(UUID planId, LocalDate date, boolean happened, String whyNot) {
    }
}
