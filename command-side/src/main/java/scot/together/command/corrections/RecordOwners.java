package scot.together.command.corrections;

import java.util.Optional;
import java.util.UUID;

/** Which record (aggregate) holds each recorded event: where a correction of the event is decided. */
public interface RecordOwners {

    Optional<UUID> ownerOf(String eventId);
}
