package scot.together.query.rebuild;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
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
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
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
import scot.together.query.QuerySideConfiguration;

/**
 * The read models' upkeep: how far each has got (segment by segment, from the tokens stored
 * beside it, so wherever it is processed) and which events it parked; rebuilding them from
 * the events beside the ones in use (each processor stops, forgets its position, its reset
 * handler empties its new tables and its parked events, and it reads every event again from
 * the first), with the progress, rate and time left, and the switch to the new ones once they
 * are complete; and retrying parked events after a fix.
 */
@Component
public class ReadModels {

    private static final Logger log = LoggerFactory.getLogger(ReadModels.class);

    /** How often a rebuild under way is looked at (switched over once complete), and its progress logged. */
    static final Duration WATCH_EVERY = Duration.ofMillis(500);
    static final Duration LOG_EVERY = Duration.ofSeconds(10);

    /** The parked events listed for each read model; the count says how many there are in all. */
    static final int PARKED_LISTED = 50;

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final HandlerSavepoints savepoints;
    private final RebuildBeside beside;
    private final String storedTokens;
    private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "read-models-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private volatile long lastLogged = System.nanoTime();

    public ReadModels(@Lazy EventProcessingConfiguration processing, @Lazy EventStore eventStore, JdbcTemplate jdbc,
                      @Lazy Serializer serializer, HandlerSavepoints savepoints, TokenSchema tokens,
                      RebuildBeside beside) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.savepoints = savepoints;
        this.beside = beside;
        this.storedTokens = "SELECT " + tokens.processorNameColumn() + ", " + tokens.segmentColumn() + ", "
                + tokens.tokenColumn() + ", " + tokens.tokenTypeColumn() + " FROM " + tokens.tokenTable();
    }

    /**
     * Rebuilds every read model beside the ones in use ({@link RebuildBeside}): the processors
     * stop, the new tables are made, each processor forgets its position and reads every event
     * again from the first into them, and pages and reports answer from the old ones until the
     * new ones are complete.
     */
    @CommandHandler
    public void handle(RebuildReadModels command) {
        List<StreamingEventProcessor> processors = streaming();
        processors.forEach(StreamingEventProcessor::shutDown);
        try {
            beside.prepare(position(eventStore.createHeadToken()));
            try {
                for (StreamingEventProcessor processor : processors) {
                    log.info("Rebuilding read model {}", processor.getName());
                    processor.resetTokens();
                }
            } catch (RuntimeException e) {
                // e.g. another query side holds a segment: the processors go on into the tables in use
                beside.abandon();
                throw e;
            }
            beside.replaying();
        } finally {
            processors.forEach(StreamingEventProcessor::start);
        }
    }

    /**
     * While a rebuild is under way: the new read models take the place of the old ones once
     * every segment of every read model has read again every event it had read before the
     * rebuild (as the token store says, wherever each is processed); and how far it has got is
     * logged every {@link #LOG_EVERY}. Any query side may do it; the database lets only one.
     */
    void switchWhenComplete() {
        try {
            RebuildBeside.UnderWay underWay = beside.underWay().filter(RebuildBeside.UnderWay::replaying)
                    .orElse(null);
            if (underWay == null) {
                return;
            }
            Map<String, List<StoredSegment>> stored = storedSegments();
            boolean complete = QuerySideConfiguration.READ_MODELS.stream().allMatch(model ->
                    !stored.getOrDefault(model, List.of()).isEmpty()
                            && stored.get(model).stream().noneMatch(StoredSegment::rebuilding));
            if (complete && beside.switchOver(underWay.startedAt())) {
                return;
            }
            if (System.nanoTime() - lastLogged > LOG_EVERY.toNanos()) {
                lastLogged = System.nanoTime();
                ReadModelStatus.Rebuild rebuild = progress(underWay, reached(stored),
                        position(eventStore.createHeadToken()));
                log.info("Rebuilding the read models beside those in use: {}% ({} of {} events), {} events a second,"
                                + " {}", rebuild.percent(), rebuild.position(), rebuild.newestEvent(),
                        Math.round(rebuild.eventsPerSecond()), rebuild.secondsLeft() == null
                                ? "time left not known yet" : "about " + rebuild.secondsLeft() + " s left");
            }
        } catch (RuntimeException e) {
            log.warn("Could not see whether the rebuild is complete: {}", e.getClass().getSimpleName());
        }
    }

    /** The rebuild's progress: the least position reached, its rate since the start and the time left at that rate. */
    static ReadModelStatus.Rebuild progress(RebuildBeside.UnderWay underWay, long reached, long newest) {
        return ReadModelStatus.Rebuild.of(underWay.startedAt(), reached, newest);
    }

    private static long reached(Map<String, List<StoredSegment>> stored) {
        return QuerySideConfiguration.READ_MODELS.stream()
                .flatMap(model -> stored.getOrDefault(model, List.of()).stream())
                .mapToLong(StoredSegment::position).min().orElse(0L);
    }

    /** Once the service is ready, a rebuild under way (started here or by another query side) is watched. */
    @EventListener(ApplicationReadyEvent.class)
    void watchRebuilds() {
        watch.scheduleWithFixedDelay(this::switchWhenComplete, WATCH_EVERY.toMillis(), WATCH_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stopWatching() {
        watch.shutdownNow();
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
        Map<String, List<StoredSegment>> stored = storedSegments();
        Optional<RebuildBeside.UnderWay> underWay = beside.underWay();
        List<ReadModelStatus.ReadModel> models = streaming().stream().map(processor -> {
            List<Segment> segments = segments(processor, stored, newest);
            long reached = segments.stream().mapToLong(Segment::position).min().orElse(0L);
            // rebuilding until the new read models answer, even once they have caught up
            boolean rebuilding = underWay.isPresent()
                    || processor.processingStatus().values().stream().anyMatch(ReadModels::stillRebuilding);
            double percent = newest == 0 ? 100.0 : Math.min(100.0, Math.floor(reached * 1000.0 / newest) / 10.0);
            SequencedDeadLetterQueue<EventMessage<?>> queue =
                    processing.deadLetterQueue(processor.getName()).orElse(null);
            return new ReadModelStatus.ReadModel(processor.getName(), processor.isRunning(), rebuilding, reached,
                    percent, segments, queue == null ? 0 : queue.size(), parked(queue));
        }).toList();
        return new ReadModelStatus(newest, models,
                underWay.map(rebuild -> progress(rebuild, reached(stored), newest)).orElse(null));
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

    /** A segment's token as stored: its position, and whether it is still reading events read before a rebuild. */
    record StoredSegment(int segment, long position, boolean rebuilding) {
    }

    /** Every read model's segments as the token store has them, by processor name. */
    private Map<String, List<StoredSegment>> storedSegments() {
        Map<String, List<StoredSegment>> stored = new HashMap<>();
        jdbc.query(storedTokens, rs -> {
            byte[] bytes = rs.getBytes(3);
            TrackingToken token = bytes == null ? null : serializer.deserialize(
                    new SimpleSerializedObject<>(bytes, byte[].class, rs.getString(4), null));
            stored.computeIfAbsent(rs.getString(1), name -> new ArrayList<>())
                    .add(new StoredSegment(rs.getInt(2), position(token), stillRebuilding(token)));
        });
        return stored;
    }

    /** Whether a stored token is one of a segment still reading events it had read before the rebuild. */
    public static boolean stillRebuilding(TrackingToken token) {
        if (!(token instanceof ReplayToken replay)) {
            return false;
        }
        OptionalLong current = replay.getCurrentToken() == null ? OptionalLong.empty()
                : replay.getCurrentToken().position();
        OptionalLong reset = replay.getTokenAtReset() == null ? OptionalLong.empty()
                : replay.getTokenAtReset().position();
        return current.isEmpty() || reset.isEmpty() || current.getAsLong() < reset.getAsLong();
    }

    /** Every segment's stored position (a segment no process holds stays where it was), and whether it fails here. */
    private List<Segment> segments(StreamingEventProcessor processor, Map<String, List<StoredSegment>> stored,
                                   long newest) {
        Map<Integer, EventTrackerStatus> here = processor.processingStatus();
        return stored.getOrDefault(processor.getName(), List.of()).stream().map(at -> {
            EventTrackerStatus status = here.get(at.segment());
            String failing = status != null && status.isErrorState() && status.getError() != null
                    ? status.getError().getClass().getSimpleName() : null;
            return new Segment(at.segment(), at.position(), Math.max(0L, newest - at.position()), failing);
        }).sorted(Comparator.comparingInt(Segment::segment)).toList();
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
