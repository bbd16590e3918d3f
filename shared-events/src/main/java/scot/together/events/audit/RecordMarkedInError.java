package scot.together.events.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import scot.together.events.CareEvent;

/**
 * An earlier event ({@code eventId}, of {@code eventType}) was recorded in error. Nothing is
 * deleted: the history shows both, and the reports leave the earlier event out from now on.
 * It concerns the same children as the event it corrects.
 */
public record RecordMarkedInError(UUID correctionId, String eventId, String eventType, String reason,
                                  List<UUID> children, LocalDate effectiveDate) implements CareEvent {
}
