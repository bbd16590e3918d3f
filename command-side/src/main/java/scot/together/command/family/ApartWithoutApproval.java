package scot.together.command.family;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who a move would leave apart without the Head of Service's approval: the brothers and
 * sisters of the child (relationships in force on the date) who are looked after away from
 * home on the date, live in a home recorded on that date other than the child's new home, and
 * are not covered with the child by a separation approved on or before the date and not
 * ended by then. Pure: fed by the look-ups, so every edge is unit-tested.
 */
public final class ApartWithoutApproval {

    /** A recorded relationship between two children: holds from since, and not from endedOn. */
    public record Link(UUID childId, UUID otherChildId, LocalDate since, LocalDate endedOn) {
        boolean inForceOn(LocalDate date) {
            return !since.isAfter(date) && (endedOn == null || endedOn.isAfter(date));
        }

        Optional<UUID> otherThan(UUID child) {
            if (childId.equals(child)) {
                return Optional.of(otherChildId);
            }
            return otherChildId.equals(child) ? Optional.of(childId) : Optional.empty();
        }
    }

    /** A brother or sister on the date: looked after away from home or not, and their home then (or null). */
    public record Whereabouts(UUID childId, String name, boolean accommodated, UUID homeId) {
    }

    /**
     * An approved separation: covers the pairs it names ({@code pairs} empty: every pair of the
     * children it lists) from its decision until it ends.
     */
    public record Approval(UUID separationId, Set<UUID> childIds, Set<Set<UUID>> pairs, LocalDate decidedOn,
                           LocalDate endedOn) {

        /** An approval of every pair of its children. */
        public Approval(UUID separationId, Set<UUID> childIds, LocalDate decidedOn, LocalDate endedOn) {
            this(separationId, childIds, Set.of(), decidedOn, endedOn);
        }

        boolean covers(UUID child, UUID other, LocalDate date) {
            return names(child, other) && !decidedOn.isAfter(date) && (endedOn == null || endedOn.isAfter(date));
        }

        /** Whether it would cover the two children on the date, were it not decided only after it. */
        public boolean decidedOnlyAfter(UUID child, UUID other, LocalDate date) {
            return names(child, other) && decidedOn.isAfter(date);
        }

        private boolean names(UUID child, UUID other) {
            return childIds.contains(child) && childIds.contains(other)
                    && (pairs.isEmpty() || pairs.contains(Set.of(child, other)));
        }
    }

    private ApartWithoutApproval() {
    }

    /**
     * The brothers and sisters the move would leave apart without approval, none if it may go
     * ahead; those in {@code movingWithIt} move to the same home on the same day.
     */
    public static List<Whereabouts> of(UUID child, UUID newHome, LocalDate date, Collection<Link> links,
                                       Map<UUID, Whereabouts> whereabouts, Collection<Approval> approvals,
                                       Set<UUID> movingWithIt) {
        return links.stream()
                .filter(link -> link.inForceOn(date))
                .map(link -> link.otherThan(child))
                .flatMap(Optional::stream)
                .distinct()
                .filter(other -> !movingWithIt.contains(other))
                .map(whereabouts::get)
                .filter(Objects::nonNull)
                .filter(Whereabouts::accommodated)
                // a brother or sister with no home recorded on the date does not block: they can join later
                .filter(other -> other.homeId() != null && !other.homeId().equals(newHome))
                .filter(other -> approvals.stream().noneMatch(a -> a.covers(child, other.childId(), date)))
                .toList();
    }
}
