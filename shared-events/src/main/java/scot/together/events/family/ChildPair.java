package scot.together.events.family;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Two children, either way round: in a separation, two who would live apart from each other. */
public record ChildPair(UUID childId, UUID otherChildId) {

    /** The two children, as an unordered set. */
    public Set<UUID> both() {
        return Set.of(childId, otherChildId);
    }

    /** Every pair of one child from each side: what "these live apart from those" means. */
    public static List<ChildPair> between(Collection<UUID> side, Collection<UUID> otherSide) {
        List<ChildPair> pairs = new ArrayList<>();
        for (UUID child : side) {
            for (UUID other : otherSide) {
                pairs.add(new ChildPair(child, other));
            }
        }
        return pairs;
    }
}
