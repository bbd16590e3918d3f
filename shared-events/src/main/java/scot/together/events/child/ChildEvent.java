package scot.together.events.child;

import java.util.List;
import java.util.UUID;
import scot.together.events.CareEvent;

/** An event in one child's own record. */
public interface ChildEvent extends CareEvent {
    UUID childId();

    @Override
    default List<UUID> children() {
        return List.of(childId());
    }
}
