package scot.together.query.rebuild;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.api.Refusal;
import scot.together.api.RefusalCode;
import scot.together.api.admin.ParkedEventsRetried;
import scot.together.api.admin.ReadModelProgress;
import scot.together.api.admin.ReadModelStatus;
import scot.together.api.admin.ReadModelStatus.ParkedEvent;
import scot.together.api.admin.ReadModelStatus.Segment;
import scot.together.api.admin.RebuildReadModels;
import scot.together.api.admin.RetryParkedEvents;

/**
 * The read models' upkeep: how far each has got (segment by segment, from the tokens stored
 * beside it, so wherever it is processed) and which events it parked; rebuilding them from
 * the events (each processor stops, forgets its position, its reset handler empties its tables
 * and its parked events, and it reads every event again from the first); and retrying parked
 * events after a fix.
 */
@Component
public class ReadModels {

    private static final Logger log = LoggerFactory.getLogger(ReadModels.class);

    /** The parked events listed for each read model; the count says how many there are in all. */
    static final int PARKED_LISTED = 50;

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final HandlerSavepoints savepoints;
    private final String tokensOfAProcessor;

    public ReadModels(@Lazy EventProcessingConfiguration processing, @Lazy EventStore eventStore, JdbcTemplate jdbc,
                      @Lazy Serializer serializer, HandlerSavepoints savepoints, TokenSchema tokens) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.savepoints = savepoints;
        this.tokensOfAProcessor = "SELECT " + tokens.segmentColumn() + ", " + tokens.tokenColumn() + ", "
                + tokens.tokenTypeColumn() + " FROM " + tokens.tokenTable() + " WHERE " + tokens.processorNameColumn()
                + " = ? ORDER BY " + tokens.segmentColumn();
    }

    @CommandHandler
    public void handle(RebuildReadModels command) {
        for (StreamingEventProcessor processor : streaming()) {
            log.info("Rebuilding read model {}", processor.getName());
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        }
    }

    /** Each record's parked events are tried once, in their order; those that fail again stay parked. */
    @CommandHandler
    public ParkedEventsRetried handle(RetryParkedEvents command) {
        String name = command.readModel();
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue(name).orElse(null);
        SequencedDeadLetterProcessor<EventMessage<?>> retry = processing.sequencedDeadLetterProcessor(name)
                .orElse(null);
        if (queue == null || retry == null) {
            String detail = "There is no read model " + name + " with parked events.";
            throw new CommandExecutionException(detail, null, new Refusal(RefusalCode.NOT_FOUND, detail));
        }
        savepoints.takeCare();
        long records = queue.amountOfSequences();
        long takenIn = 0;
        for (long i = 0; i < records; i++) {
            if (retry.processAny()) {
                takenIn++;
            }
        }
        long stillParked = queue.size();
        log.info("Retried the parked events of read model {}: {} of {} records taken in, {} events still parked",
                name, takenIn, records, stillParked);
        return new ParkedEventsRetried(name, takenIn, stillParked);
    }

    @QueryHandler
    public ReadModelStatus handle(ReadModelProgress query) {
        long newest = position(eventStore.createHeadToken());
        List<ReadModelStatus.ReadModel> models = streaming().stream().map(processor -> {
            List<Segment> segments = segments(processor, newest);
            long reached = segments.stream().mapToLong(Segment::position).min().orElse(0L);
            boolean rebuilding = processor.processingStatus().values().stream().anyMatch(ReadModels::stillRebuilding);
            double percent = newest == 0 ? 100.0 : Math.min(100.0, Math.floor(reached * 1000.0 / newest) / 10.0);
            SequencedDeadLetterQueue<EventMessage<?>> queue =
                    processing.deadLetterQueue(processor.getName()).orElse(null);
            return new ReadModelStatus.ReadModel(processor.getName(), processor.isRunning(), rebuilding, reached,
                    percent, segments, queue == null ? 0 : queue.size(), parked(queue));
        }).toList();
        return new ReadModelStatus(newest, models);
    }

    /**
     * Whether a segment is still reading events it had read before the rebuild. (Axon keeps
     * calling a segment "replaying" after it has caught up, until a newer event arrives.)
     */
    public static boolean stillRebuilding(EventTrackerStatus segment) {
        if (!segment.isReplaying()) {
            return false;
        }
        OptionalLong at = segment.getCurrentPosition();
        OptionalLong reset = segment.getResetPosition();
        return at.isEmpty() || reset.isEmpty() || at.getAsLong() < reset.getAsLong();
    }

    /** Every segment's stored position (a segment no process holds stays where it was), and whether it fails here. */
    private List<Segment> segments(StreamingEventProcessor processor, long newest) {
        Map<Integer, EventTrackerStatus> here = processor.processingStatus();
        return jdbc.query(tokensOfAProcessor, (rs, row) -> {
            int segment = rs.getInt(1);
            byte[] token = rs.getBytes(2);
            long at = token == null ? 0L : position(serializer.deserialize(
                    new SimpleSerializedObject<>(token, byte[].class, rs.getString(3), null)));
            EventTrackerStatus status = here.get(segment);
            String failing = status != null && status.isErrorState() && status.getError() != null
                    ? status.getError().getClass().getSimpleName() : null;
            return new Segment(segment, at, Math.max(0L, newest - at), failing);
        }, processor.getName());
    }

    private static List<ParkedEvent> parked(SequencedDeadLetterQueue<EventMessage<?>> queue) {
        List<ParkedEvent> parked = new ArrayList<>();
        if (queue == null) {
            return parked;
        }
        records:
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (parked.size() == PARKED_LISTED) {
                    break records;
                }
                parked.add(parked(letter));
            }
        }
        parked.sort(Comparator.comparing(ParkedEvent::parkedAt).thenComparing(ParkedEvent::eventId));
        return parked;
    }

    private static ParkedEvent parked(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        Long position = event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position().stream().boxed().findFirst().orElse(null) : null;
        String record = letter instanceof JdbcDeadLetter<?> stored ? stored.getSequenceIdentifier() : null;
        String why = letter.cause().map(Cause::message)
                .orElse("Waiting behind an earlier event of the same record.");
        return new ParkedEvent(event.getIdentifier(), event.getPayloadType().getSimpleName(), record, position,
                letter.enqueuedAt(), letter.lastTouched(), why);
    }

    private List<StreamingEventProcessor> streaming() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .sorted(Comparator.comparing(StreamingEventProcessor::getName))
                .toList();
    }

    private static long position(TrackingToken token) {
        OptionalLong position = token == null ? OptionalLong.empty() : token.position();
        return position.orElse(0L);
    }
}
