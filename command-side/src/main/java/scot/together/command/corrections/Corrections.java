package scot.together.command.corrections;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import scot.together.api.RefusalCode;
import scot.together.api.audit.MarkRecordInError;
import scot.together.command.RuleViolation;
import scot.together.platform.corrections.StandingEventsRepository;

/**
 * Handles {@link MarkRecordInError}: finds the record that holds the event, reads the event
 * through Axon's event store (so it works on any store, Axon Server included), and lets the
 * record decide. Records that are not {@link CorrectableRecord}s (accounts) are never marked.
 */
@Component
public class Corrections {

    private final RecordOwners owners;
    private final EventStore eventStore;
    private final Map<String, StandingEventsRepository<?>> records;
    private final Clock clock;

    public Corrections(RecordOwners owners, @Lazy EventStore eventStore,
                       List<StandingEventsRepository<?>> repositories, Clock clock) {
        this.owners = owners;
        this.eventStore = eventStore;
        this.records = repositories.stream()
                .collect(Collectors.toMap(StandingEventsRepository::recordKind, Function.identity()));
        this.clock = clock;
    }

    @CommandHandler
    public UUID handle(MarkRecordInError command) {
        UUID owner = owners.ownerOf(command.eventId()).orElseThrow(() -> notFound(command));
        DomainEventMessage<?> recorded = eventStore.readEvents(owner.toString()).asStream()
                .filter(event -> event.getIdentifier().equals(command.eventId()))
                .findFirst().orElseThrow(() -> notFound(command));
        StandingEventsRepository<?> repository = records.get(recorded.getType());
        if (repository == null) {
            throw new RuleViolation(RefusalCode.NOT_CORRECTABLE,
                    "This kind of record is not marked in error; change it with its own commands.");
        }
        try {
            repository.load(owner.toString()).execute(record ->
                    ((CorrectableRecord) record).markInError(command, recorded, clock));
        } catch (AggregateNotFoundException e) {
            // the record's first event is in error, and with it everything recorded on it
            throw CorrectableRecord.alreadyInError();
        }
        return command.correctionId();
    }

    private static RuleViolation notFound(MarkRecordInError command) {
        return RuleViolation.notFound("There is no recorded event " + command.eventId() + ".");
    }
}
