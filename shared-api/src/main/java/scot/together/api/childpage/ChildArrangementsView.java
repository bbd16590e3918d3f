package scot.together.api.childpage;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The answer to {@link ChildArrangements}; each list oldest first. */
public record ChildArrangementsView(List<Relationship> brothersAndSisters, List<FamilyTimePlan> familyTime,
                                    List<Separation> separations, List<SecureStay> secureStays,
                                    List<PermanencePlan> permanencePlans) {

    /** A brother or sister relationship in force today, seen from the child. */
    public record Relationship(UUID relationshipId, UUID otherChildId, String kind, LocalDate since) {
    }

    /** A family time plan the child is part of that has not ended, with the other children in it. */
    public record FamilyTimePlan(UUID planId, List<UUID> childIds, String howOften, String withWhom,
                                 LocalDate startDate) {
    }

    /** An approved separation of the child from brothers and sisters, not ended. */
    public record Separation(UUID separationId, List<UUID> childIds, LocalDate decidedOn, LocalDate reviewBy) {
    }

    /** A stay in secure care; dischargedOn null while the child is still there. */
    public record SecureStay(UUID stayId, LocalDate admittedOn, LocalDate dischargedOn) {
    }

    public record PermanencePlan(UUID planId, String kind, LocalDate agreedOn) {
    }
}
