package scot.together.platform.corrections;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;

/**
 * Loads an aggregate from its standing events only, so its state, and every rule it guards,
 * is that of the record as corrected: an episode marked in error no longer overlaps, a move in
 * error no longer places the child. New events still follow the stream's last sequence number.
 */
public class StandingEventsRepository<T> extends EventSourcingRepository<T> {

    private final Class<T> aggregateType;

    protected StandingEventsRepository(Builder<T> builder, Class<T> aggregateType) {
        super(builder);
        this.aggregateType = aggregateType;
    }

    public static <T> StandingEventsRepository<T> of(Class<T> aggregateType, EventStore eventStore,
                                                      ParameterResolverFactory parameters,
                                                      HandlerDefinition handlers) {
        return new StandingEventsRepository<>(EventSourcingRepository.builder(aggregateType).eventStore(eventStore)
                .parameterResolverFactory(parameters).handlerDefinition(handlers), aggregateType);
    }

    /** The kind of record, as Axon names it in each event's aggregate type. */
    public String recordKind() {
        return aggregateType.getSimpleName();
    }

    @Override
    protected DomainEventStream readEvents(String aggregateIdentifier) {
        DomainEventStream all = super.readEvents(aggregateIdentifier);
        List<? extends DomainEventMessage<?>> events = all.asStream().toList();
        Long last = all.getLastSequenceNumber();
        return DomainEventStream.of(StandingEvents.of(events).stream(), () -> last);
    }
}
