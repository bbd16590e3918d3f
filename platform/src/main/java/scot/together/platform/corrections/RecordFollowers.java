package scot.together.platform.corrections;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Brings a projection into line with a correction: it forgets the corrected record's rows and
 * handles the record's standing events again, as far as the correction (never beyond it).
 * A projection calls it from its handler of {@code RecordMarkedInError}, which arrives in
 * sequence with the record's own events (the correction is in the record's stream).
 */
public class RecordFollowers {

    private final EventStore eventStore;
    /** Each projection's handlers, found once: finding them (Axon inspects the class) cost more than applying a record. */
    private final Map<FollowsRecords, AnnotationEventHandlerAdapter> handlersOf = new ConcurrentHashMap<>();

    public RecordFollowers(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public void correct(DomainEventMessage<?> correction, FollowsRecords projection) {
        projection.forget(UUID.fromString(correction.getAggregateIdentifier()));
        AnnotationEventHandlerAdapter handlers = handlersOf.computeIfAbsent(projection,
                AnnotationEventHandlerAdapter::new);
        for (DomainEventMessage<?> event : StandingEvents.upTo(eventStore, correction)) {
            try {
                handlers.handle(event);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("Could not apply a standing event again", e);
            }
        }
    }
}
