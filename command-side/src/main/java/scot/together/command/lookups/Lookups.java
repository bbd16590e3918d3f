package scot.together.command.lookups;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.MessageHandlerTimeout;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.api.admin.ReadModelStatus;
import scot.together.api.admin.RebuildLookups;
import scot.together.command.CommandSideConfiguration;
import scot.together.platform.ProjectionWrites;

/**
 * The command side's look-ups, never behind an acknowledged event, whatever the event store.
 *
 * <p>Live, the look-ups' handlers ({@code @ProcessingGroup(CONSISTENT_LOOKUPS)}) run in a
 * subscribing processor inside the command's own database transaction: with the event store in
 * the same PostgreSQL, events and look-ups commit together. With Axon Server they are two
 * commits, and a crash between them would leave the look-ups behind. So before any command is
 * decided, and again once the children it concerns are locked, {@link #catchUp()} reads the
 * events stored after the look-ups' position, up to the newest the store has acknowledged, and
 * applies each one the look-ups have not applied yet ({@code command.recorded_event} holds every
 * event applied, so each is applied exactly once). The position only says where to start
 * reading; it is advanced when no other transaction is advancing it.
 *
 * <p>{@link RebuildLookups} empties the look-ups (each one's reset handler) and applies every
 * event again, under an exclusive lock that every catch-up takes shared: commands wait while
 * the look-ups are rebuilt, and never decide on half of them.
 */
@Component
public class Lookups {

    private static final Logger log = LoggerFactory.getLogger(Lookups.class);
    /** First half of the advisory lock key that a rebuild takes exclusive and a catch-up shared. */
    private static final int LOOKUPS_LOCK = 5;
    private static final int WAIT_SECONDS = 10;
    private static final String RECORD_APPLIED = "INSERT INTO command.recorded_event (event_id, record_id)"
            + " VALUES (?, ?) ON CONFLICT DO NOTHING";

    private final JdbcTemplate jdbc;
    private final ProjectionWrites writes;
    private final EventStore eventStore;
    private final ObjectProvider<EventStorageEngine> storage;
    private final EventProcessingConfiguration processing;
    private final Serializer serializer;

    public Lookups(JdbcTemplate jdbc, ProjectionWrites writes, @Lazy EventStore eventStore,
                   ObjectProvider<EventStorageEngine> storage, @Lazy EventProcessingConfiguration processing,
                   @Qualifier("serializer") Serializer serializer) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.eventStore = eventStore;
        this.storage = storage;
        this.processing = processing;
        this.serializer = serializer;
    }

    /** Applies, in the caller's transaction, every acknowledged event the look-ups have not applied yet. */
    public void catchUp() {
        jdbc.query("SELECT pg_advisory_xact_lock_shared(?, 0)", rs -> null, LOOKUPS_LOCK);
        apply(false);
    }

    /**
     * Applies the events after the look-ups' position. Afresh (a rebuild, under the exclusive lock,
     * after every look-up was emptied), none has been applied, so none is asked after, and the
     * writes are held and sent a few hundred at a time ({@link ProjectionWrites}).
     */
    private void apply(boolean afresh) {
        try {
            applyAfter(storedPosition(), afresh);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("The look-ups could not apply an event", e);
        }
    }

    private void applyAfter(TrackingToken reached, boolean afresh) throws Exception {
        long newest = position(eventStore.createHeadToken());
        if (position(reached) >= newest) {
            return;
        }
        EventHandlerInvoker handlers = handlers();
        Progress progress = afresh ? new Progress(newest) : null;
        int applied = 0;
        try (BlockingStream<TrackedEventMessage<?>> events = eventsAfter(reached)) {
            while (position(reached) < newest) {
                if (!events.hasNextAvailable(WAIT_SECONDS, SECONDS)) {
                    throw new IllegalStateException("The event store did not give its events up to " + newest
                            + " within " + WAIT_SECONDS + " s; the look-ups stay where they were.");
                }
                TrackedEventMessage<?> event = events.nextAvailable();
                reached = event.trackingToken();
                if (afresh) {
                    writes.heldUntilCommit(() -> {
                        recordApplied(event);
                        handlers.handle(event, Segment.ROOT_SEGMENT);
                        return null;
                    }, () -> { });
                    applied++;
                    progress.reached(position(reached));
                } else if (notYetApplied(event)) {
                    handlers.handle(event, Segment.ROOT_SEGMENT);
                    applied++;
                }
            }
        }
        writes.flush();
        if (applied > 0) {
            log.info("The look-ups caught up with {} event(s) they had not applied", applied);
        }
        advanceTo(reached);
    }

    /**
     * Empties the look-ups and applies every event again; commands wait until it is done. It
     * takes as long as the history needs (minutes for millions of events), so Axon's limit on a
     * command handler (30 s) is lifted for it (its longest is 24 days: -1 would mean Axon's
     * default), and by Together's settings a command's unit of work may last a day
     * ({@code application.yml}).
     */
    @CommandHandler
    @MessageHandlerTimeout(timeoutMs = Integer.MAX_VALUE, warningThresholdMs = Integer.MAX_VALUE)
    public void handle(RebuildLookups command) {
        jdbc.query("SELECT pg_advisory_xact_lock(?, 0)", rs -> null, LOOKUPS_LOCK);
        log.info("Rebuilding the command side's look-ups from the events");
        handlers().performReset();
        jdbc.update("UPDATE command.lookup_position SET token_type = NULL, token = NULL, position = NULL");
        apply(true);
        log.info("The command side's look-ups are rebuilt");
    }

    /** A rebuild's progress (reckoned as the read models' is), logged every {@link #LOG_EVERY}. */
    private static final class Progress {

        private static final Duration LOG_EVERY = Duration.ofSeconds(10);
        private final long newest;
        private final Instant started = Instant.now();
        private Instant lastLogged = started;

        Progress(long newest) {
            this.newest = newest;
        }

        void reached(long position) {
            if (Duration.between(lastLogged, Instant.now()).compareTo(LOG_EVERY) < 0) {
                return;
            }
            lastLogged = Instant.now();
            ReadModelStatus.Rebuild rebuild = ReadModelStatus.Rebuild.of(started, position, newest);
            log.info("Rebuilding the look-ups: {}% (event {} of {}), {} events a second, {}", rebuild.percent(),
                    position, newest, Math.round(rebuild.eventsPerSecond()), rebuild.secondsLeft() == null
                            ? "time left not known yet" : "about " + rebuild.secondsLeft() + " s left");
        }
    }

    private boolean notYetApplied(TrackedEventMessage<?> event) {
        return jdbc.update(RECORD_APPLIED, event.getIdentifier(), recordOf(event)) == 1;
    }

    /** A record's event is recorded as applied by its owners' look-up ({@code RecordOwnersInStore}) already. */
    private void recordApplied(TrackedEventMessage<?> event) {
        if (!(event instanceof DomainEventMessage<?>)) {
            writes.write(RECORD_APPLIED, event.getIdentifier(), null);
        }
    }

    private static String recordOf(TrackedEventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
    }

    /** Read from the event table itself where there is one (Together's own store), else through Axon Server. */
    private BlockingStream<TrackedEventMessage<?>> eventsAfter(TrackingToken reached) {
        EventStorageEngine store = storage.getIfAvailable();
        return store != null ? new StoredEvents(store, reached) : eventStore.openStream(reached);
    }

    private EventHandlerInvoker handlers() {
        return processing.eventProcessor(CommandSideConfiguration.CONSISTENT_LOOKUPS, SubscribingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("The look-ups' processor is not configured"))
                .eventHandlerInvoker();
    }

    private TrackingToken storedPosition() {
        List<TrackingToken> stored = jdbc.query("SELECT token_type, token FROM command.lookup_position"
                        + " WHERE token IS NOT NULL",
                (rs, row) -> serializer.deserialize(new SimpleSerializedObject<>(rs.getString("token"), String.class,
                        rs.getString("token_type"), null)));
        return stored.isEmpty() ? null : stored.get(0);
    }

    /** Moves the position on, unless another transaction is moving it (it will get at least as far). */
    private void advanceTo(TrackingToken reached) {
        SerializedObject<String> token = serializer.serialize(reached, String.class);
        jdbc.update("""
                UPDATE command.lookup_position SET token_type = ?, token = ?, position = ?
                WHERE id IN (SELECT id FROM command.lookup_position FOR UPDATE SKIP LOCKED)
                  AND (position IS NULL OR position < ?)""",
                token.getType().getName(), token.getData(), position(reached), position(reached));
    }

    private static long position(TrackingToken token) {
        OptionalLong position = token == null ? OptionalLong.empty() : token.position();
        return position.orElse(-1L);
    }
}
