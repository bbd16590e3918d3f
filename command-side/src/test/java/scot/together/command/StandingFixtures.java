package scot.together.command;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ClasspathHandlerDefinition;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import scot.together.events.audit.RecordMarkedInError;
import scot.together.platform.corrections.StandingEventsRepository;

/**
 * Aggregate fixtures that load their aggregate as the service does, from its standing events,
 * and can mark given events as recorded in error with a real correction in the stream.
 */
public final class StandingFixtures {

    private StandingFixtures() {
    }

    /** A fixture for the aggregate, with these resources injected into its handlers. */
    public static <T> FixtureConfiguration<T> of(Class<T> type, Object... resources) {
        AggregateTestFixture<T> fixture = new AggregateTestFixture<>(type);
        Arrays.stream(resources).forEach(fixture::registerInjectableResource);
        fixture.registerRepository(StandingEventsRepository.of(type, fixture.getEventStore(),
                MultiParameterResolverFactory.ordered(new SimpleResourceParameterResolverFactory(List.of(resources)),
                        ClasspathParameterResolverFactory.forClass(type)),
                ClasspathHandlerDefinition.forClass(type)));
        return fixture;
    }

    /** Gives the events, then a correction of each of {@code inError} (matched by content, or by the payload of a message). */
    public static <T> TestExecutor<T> given(FixtureConfiguration<T> fixture, Object aggregateId, List<?> events,
                                            Object... inError) {
        TestExecutor<T> executor = fixture.given(events);
        List<Object> payloads = Arrays.stream(inError)
                .map(event -> event instanceof Message<?> message ? message.getPayload() : event).toList();
        List<Object> corrections = fixture.getEventStore().readEvents(aggregateId.toString()).asStream()
                .filter(event -> payloads.contains(event.getPayload()))
                .<Object>map(event -> new RecordMarkedInError(UUID.randomUUID(), event.getIdentifier(),
                        event.getPayloadType().getSimpleName(), "Recorded in error", List.of(),
                        LocalDate.of(2025, 6, 1)))
                .toList();
        return executor.andGiven(corrections);
    }
}
