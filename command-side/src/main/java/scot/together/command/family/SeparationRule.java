package scot.together.command.family;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import scot.together.api.RefusalCode;
import scot.together.command.RuleViolation;
import scot.together.command.child.PlacementRule;
import scot.together.command.family.ApartWithoutApproval.Approval;
import scot.together.command.family.ApartWithoutApproval.Link;
import scot.together.command.family.ApartWithoutApproval.Whereabouts;

/**
 * Brothers and sisters are not separated without the Head of Service's approval: a move is
 * refused when, on its start date, it would leave the child living in a home other than that
 * of a brother or sister looked after away from home, unless an approved separation covers
 * both (see {@link ApartWithoutApproval}).
 *
 * <p>Consistency boundary. The rule reads the command-side look-ups, which the events update
 * in the same database transaction as they are stored. Before reading, it takes PostgreSQL
 * transaction-scoped advisory locks on the child and on every child ever linked to it, in one
 * sorted order; recording a relationship takes the locks of both its children. So two moves
 * in one group of brothers and sisters (and a move and a new relationship) run one after the
 * other, and the second sees the first's home: at most one of two racing moves apart can
 * succeed. The locks live in the database, so this holds for any number of Together processes
 * sharing it. A deadlock or lock failure is refused as 409 CONCURRENT_CHANGE and records nothing.
 *
 * <p>With Axon Server as the event store, the events go there but the look-ups and these locks
 * stay in the command database: every process that handles commands must share that database
 * (Axon Server routes the commands, the database still serialises them). The subscribing
 * processor still updates the look-ups inside the command's database transaction, but the
 * events and the look-ups are then two stores with no atomic commit between them: if one
 * commit fails after the other succeeded they disagree, and must be repaired from the events
 * (subscribing look-ups do not replay by themselves). The rule's guarantee (no two racing moves apart both succeed) still holds, because the
 * locks are held until the look-up transaction ends.
 *
 * <p>Outside the boundary, by design: a relationship recorded between children already living
 * apart, or a child who becomes looked after away from home while staying where they live,
 * is allowed and shows in the register of separations as living apart without approval.
 */
@Component
public class SeparationRule implements PlacementRule {

    /** Dates as a person reads them: 2 June 2025. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final FamilyLookups lookups;

    public SeparationRule(FamilyLookups lookups) {
        this.lookups = lookups;
    }

    @Override
    public void check(UUID childId, UUID homeId, LocalDate startDate) {
        check(childId, homeId, startDate, Set.of());
    }

    /** The check when brothers and sisters ({@code movingWithIt}) move to the same home on the same day. */
    void check(UUID childId, UUID homeId, LocalDate startDate, Set<UUID> movingWithIt) {
        Set<UUID> locked = lockGroupOf(childId);
        List<Link> links = lookups.linksOf(childId);
        Set<UUID> linked = others(childId, links);
        if (!locked.containsAll(linked)) {
            // a relationship was recorded between reading and locking: lock the newcomers too
            // (out of order, so a deadlock is possible; the database detects it: 409 CONCURRENT_CHANGE)
            lookups.lock(linked);
        }
        List<Approval> approvals = lookups.approvalsOf(childId);
        List<Whereabouts> apart = ApartWithoutApproval.of(childId, homeId, startDate, links,
                lookups.whereabouts(linked, startDate), approvals, movingWithIt);
        if (!apart.isEmpty()) {
            throw new RuleViolation(RefusalCode.SEPARATION_NOT_APPROVED, refusal(childId, startDate, apart, approvals));
        }
    }

    /**
     * Why the move is refused, in plain words: who it would leave the child apart from and, when
     * a separation covering them was approved only from a later day, that day and how to record
     * a decision the Head of Service took earlier.
     */
    static String refusal(UUID childId, LocalDate startDate, List<Whereabouts> apart, List<Approval> approvals) {
        String on = "On " + DAY.format(startDate) + " this move would leave the child living apart from "
                + names(apart) + ", looked after away from home in another home";
        Optional<LocalDate> later = approvals.stream()
                .filter(a -> apart.stream().allMatch(o -> a.decidedOnlyAfter(childId, o.childId(), startDate)))
                .map(Approval::decidedOn).min(LocalDate::compareTo);
        if (later.isPresent()) {
            String from = DAY.format(later.get());
            return on + ". The separation that covers them was approved from " + from + ", after this move, so"
                    + " it does not cover the move. If the Head of Service decided before the move, mark that"
                    + " approval as recorded in error and record it again with the day the decision was taken"
                    + " (decidedOn); or record the move from " + from + " or later.";
        }
        return on + ", and no separation approved by the Head of Service covers them. Ask for a separation with an"
                + " assessment, or find a home where they can live together.";
    }

    private Set<UUID> lockGroupOf(UUID childId) {
        return lockGroupsOf(Set.of(childId));
    }

    /** Locks the children and all their brothers and sisters at once, in the one sorted order. */
    Set<UUID> lockGroupsOf(Set<UUID> childIds) {
        Set<UUID> group = new HashSet<>(childIds);
        for (UUID child : childIds) {
            group.addAll(others(child, lookups.linksOf(child)));
        }
        lookups.lock(group);
        return group;
    }

    private static Set<UUID> others(UUID childId, List<Link> links) {
        return links.stream().map(l -> l.otherThan(childId)).flatMap(Optional::stream).collect(Collectors.toSet());
    }

    private static String names(List<Whereabouts> apart) {
        List<String> names = apart.stream().map(Whereabouts::name).sorted().toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
