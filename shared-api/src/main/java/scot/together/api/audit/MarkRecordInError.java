package scot.together.api.audit;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Marks an earlier event as recorded in error; {@code correctionId} is the new correction's own id. */
public record MarkRecordInError(@TargetAggregateIdentifier UUID correctionId, String eventId, String reason) {
}
