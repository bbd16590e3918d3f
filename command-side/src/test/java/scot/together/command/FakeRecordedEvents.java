package scot.together.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.test.aggregate.FixtureConfiguration;
import scot.together.command.audit.RecordedEvents;

/**
 * The records in error, for an aggregate's fixture: the fixture gives each given event an id
 * of its own, so an event is found by its id in the fixture's store, and is in error when its
 * content is among those marked.
 */
public final class FakeRecordedEvents implements RecordedEvents {

    private final FixtureConfiguration<?> fixture;
    private final String aggregateId;
    private final List<Object> inError = new ArrayList<>();

    public FakeRecordedEvents(FixtureConfiguration<?> fixture, Object aggregateId) {
        this.fixture = fixture;
        this.aggregateId = aggregateId.toString();
    }

    /** Marks the given event (by its content) as recorded in error. */
    public void markInError(Object event) {
        inError.add(event);
    }

    @Override
    public Optional<Recorded> find(String eventId) {
        return Optional.empty();
    }

    @Override
    public boolean markedInError(String eventId) {
        return fixture.getEventStore().readEvents(aggregateId).asStream()
                .anyMatch(m -> m.getIdentifier().equals(eventId) && inError.contains(m.getPayload()));
    }
}
