package scot.together.command.family;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Children on record for aggregate tests: whoever is added, and relationships marked as recorded. */
class FakeChildrenOnRecord implements ChildrenOnRecord {

    private final Map<UUID, ChildOnRecord> children = new HashMap<>();
    private final Set<Set<UUID>> related = new HashSet<>();
    final Set<UUID> locked = new HashSet<>();

    UUID child(String name, LocalDate born) {
        UUID id = UUID.randomUUID();
        children.put(id, new ChildOnRecord(id, name, born));
        return id;
    }

    void relate(UUID a, UUID b) {
        related.add(Set.of(a, b));
    }

    @Override
    public Optional<ChildOnRecord> find(UUID childId) {
        return Optional.ofNullable(children.get(childId));
    }

    @Override
    public boolean relatedNow(UUID childId, UUID otherChildId) {
        return related.contains(Set.of(childId, otherChildId));
    }

    @Override
    public void lock(Collection<UUID> childIds) {
        locked.addAll(childIds);
    }
}
