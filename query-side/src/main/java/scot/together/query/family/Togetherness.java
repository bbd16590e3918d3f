package scot.together.query.family;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import scot.together.api.Percentage;
import scot.together.api.togetherness.TogethernessFigures;

/**
 * Brothers-and-sisters togetherness on a date, exactly as domain.md defines it, from who is
 * accommodated on the date (with their home then, or none) and the relationships in force.
 * Groups are found by union-find over the links between accommodated children: linear in
 * the number of children and links.
 */
final class Togetherness {

    /** A relationship in force on the date, between two children. */
    record Link(UUID childId, UUID otherChildId) {
    }

    private Togetherness() {
    }

    /**
     * @param homes every child accommodated on the date, mapped to their home then (null: no home recorded)
     * @param links the relationships in force on the date
     */
    static TogethernessFigures on(LocalDate asAt, Map<UUID, UUID> homes, List<Link> links) {
        Map<UUID, Set<UUID>> brothersAndSisters = new HashMap<>();
        Map<UUID, UUID> parent = new HashMap<>();
        for (Link link : links) {
            UUID a = link.childId();
            UUID b = link.otherChildId();
            if (a.equals(b) || !homes.containsKey(a) || !homes.containsKey(b)) {
                continue;
            }
            brothersAndSisters.computeIfAbsent(a, k -> new HashSet<>()).add(b);
            brothersAndSisters.computeIfAbsent(b, k -> new HashSet<>()).add(a);
            union(parent, a, b);
        }
        long withAll = 0;
        long withSome = 0;
        long withNone = 0;
        for (Map.Entry<UUID, Set<UUID>> child : brothersAndSisters.entrySet()) {
            UUID home = homes.get(child.getKey());
            long sharing = home == null ? 0
                    : child.getValue().stream().filter(other -> home.equals(homes.get(other))).count();
            if (sharing == 0) {
                withNone++;
            } else if (sharing == child.getValue().size()) {
                withAll++;
            } else {
                withSome++;
            }
        }
        Map<UUID, List<UUID>> groups = new HashMap<>();
        for (UUID child : brothersAndSisters.keySet()) {
            groups.computeIfAbsent(find(parent, child), k -> new java.util.ArrayList<>()).add(child);
        }
        long allTogether = 0;
        long allApart = 0;
        for (List<UUID> group : groups.values()) {
            List<UUID> groupHomes = group.stream().map(homes::get).toList();
            long housed = groupHomes.stream().filter(Objects::nonNull).count();
            long distinctHomes = groupHomes.stream().filter(Objects::nonNull).distinct().count();
            if (housed == group.size() && distinctHomes == 1) {
                allTogether++;
            } else if (distinctHomes == housed) {
                // no two members share a home (members with no home share with nobody)
                allApart++;
            }
        }
        long children = brothersAndSisters.size();
        return new TogethernessFigures(asAt, children, Percentage.of(withAll, children),
                Percentage.of(withSome, children), Percentage.of(withNone, children),
                new TogethernessFigures.Groups(groups.size(), allTogether, groups.size() - allTogether - allApart,
                        allApart));
    }

    /**
     * The groups on the date as {@link #on} counts them: connected sets, of two or more, of the
     * links between accommodated children.
     */
    static List<List<UUID>> groups(Set<UUID> accommodated, List<Link> links) {
        Map<UUID, UUID> parent = new HashMap<>();
        for (Link link : links) {
            if (!link.childId().equals(link.otherChildId()) && accommodated.contains(link.childId())
                    && accommodated.contains(link.otherChildId())) {
                union(parent, link.childId(), link.otherChildId());
            }
        }
        Map<UUID, List<UUID>> groups = new HashMap<>();
        for (UUID child : parent.keySet()) {
            groups.computeIfAbsent(find(parent, child), k -> new java.util.ArrayList<>()).add(child);
        }
        return List.copyOf(groups.values());
    }

    private static UUID find(Map<UUID, UUID> parent, UUID child) {
        UUID root = child;
        while (parent.containsKey(root) && !parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        UUID next = child;
        while (!next.equals(root)) {
            UUID up = parent.get(next);
            parent.put(next, root);
            next = up;
        }
        return root;
    }

    private static void union(Map<UUID, UUID> parent, UUID a, UUID b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        UUID rootA = find(parent, a);
        UUID rootB = find(parent, b);
        if (!rootA.equals(rootB)) {
            parent.put(rootA, rootB);
        }
    }
}
