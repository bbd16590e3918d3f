package scot.together.command.family;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * What the family aggregates need to know about children they do not own, from the
 * command-side look-ups (kept in the same transaction as the events).
 */
public interface ChildrenOnRecord {

    record ChildOnRecord(UUID childId, String name, java.time.LocalDate dateOfBirth) {
    }

    Optional<ChildOnRecord> find(UUID childId);

    /** Whether a relationship between the two children is recorded and not ended. */
    boolean relatedNow(UUID childId, UUID otherChildId);

    /**
     * Takes, until the transaction ends, the locks that serialise every change to who the
     * children's brothers and sisters are and where they live (see {@link SeparationRule}).
     */
    void lock(Collection<UUID> childIds);
}
