package scot.together.events.exclusion;

import java.util.List;
import java.util.UUID;
import scot.together.events.CareEvent;

/** An event of one school exclusion of one care-experienced pupil. */
public interface ExclusionEvent extends CareEvent {
    UUID exclusionId();

    UUID childId();

    @Override
    default List<UUID> children() {
        return List.of(childId());
    }
}
