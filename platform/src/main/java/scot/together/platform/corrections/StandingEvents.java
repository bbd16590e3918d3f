package scot.together.platform.corrections;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import scot.together.events.audit.RecordMarkedInError;

/**
 * What still stands of one record's events: every event less those that a correction in the
 * same stream marks as recorded in error. When the record's first event (the one that created
 * it) is in error, nothing of it stands: the events after it only ever made sense with it.
 * Events are matched by their ids, never by their types.
 */
public final class StandingEvents {

    private StandingEvents() {
    }

    /** The record's events, oldest first, less those in error; the corrections themselves stay. */
    public static List<DomainEventMessage<?>> of(List<? extends DomainEventMessage<?>> events) {
        Set<String> inError = events.stream()
                .filter(event -> event.getPayload() instanceof RecordMarkedInError)
                .map(event -> ((RecordMarkedInError) event.getPayload()).eventId())
                .collect(Collectors.toSet());
        if (events.isEmpty() || inError.contains(events.get(0).getIdentifier())) {
            return List.of();
        }
        return events.stream().filter(event -> !inError.contains(event.getIdentifier()))
                .<DomainEventMessage<?>>map(event -> event).toList();
    }

    /**
     * The record's facts that stand once the correction is taken into account: its events up to
     * the correction (never one after it, so a replay reads no further than live updating did),
     * less those in error, without the corrections. This is what a projection applies again.
     */
    public static List<DomainEventMessage<?>> upTo(EventStore eventStore, DomainEventMessage<?> correction) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(correction.getAggregateIdentifier())
                .asStream()
                .takeWhile(event -> event.getSequenceNumber() <= correction.getSequenceNumber())
                .toList();
        return of(events).stream().filter(event -> !(event.getPayload() instanceof RecordMarkedInError)).toList();
    }
}
