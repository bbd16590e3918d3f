package scot.together.command.audit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The events already recorded, as the correction of one of them needs to know them. */
public interface RecordedEvents {

    /** The event with this id, if there is one. */
    Optional<Recorded> find(String eventId);

    /** Whether the event has already been marked as recorded in error. */
    boolean markedInError(String eventId);

    /** {@code type} is the event's class name; {@code children} every child it concerns. */
    record Recorded(String eventId, String type, List<UUID> children) {
    }
}
