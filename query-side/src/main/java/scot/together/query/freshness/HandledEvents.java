package scot.together.query.freshness;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scot.together.query.freshness.CommittedPositions.SegmentAt;

/**
 * The newest stored event each read model's segment handles, found by reading the event
 * store once, forwards, from the oldest position any segment has committed, and the events
 * stored in the gaps a segment has passed over.
 *
 * <p>A segment's position only moves over the events it is given, and Axon Server gives a
 * processor none of the event types it has no handler for (block listing). So a segment behind
 * the newest event in the store may well be up to date: it is only behind if a stored event
 * after its position is one it handles. Each event is read once by this process: what has been
 * read is remembered as the newest position each segment handles, and when every segment has
 * passed it, it is forgotten.
 *
 * <p>In PostgreSQL two transactions can commit their events out of order, so a segment may have
 * passed a position whose event was not yet committed (a gap in its token, which it fills when
 * the event arrives). Its position then says nothing about that event: someone whose command
 * stored it may ask before the segment has taken it in, and the reading here may have passed
 * over it too. So each such gap is looked up in the store, and a segment is behind if an event
 * stored there is one it handles and has not taken in.
 * A gap left by a transaction that rolled back holds no event, and nothing is waited for.
 */
final class HandledEvents {

    private static final Logger log = LoggerFactory.getLogger(HandledEvents.class);
    private static final int WAIT_SECONDS = 10;

    private final EventStore eventStore;
    /** The store beneath, to look up a gap's position; absent with Axon Server, whose positions have no gaps. */
    private final Supplier<EventStorageEngine> storage;
    /** The events found stored in a segment's gap, by position, until no segment has that gap. */
    private final Map<Long, TrackedEventMessage<?>> inGaps = new HashMap<>();
    /** The segments followed, each with the handlers that say which events it takes in. */
    private final Map<SegmentKey, EventHandlerInvoker> followed = new HashMap<>();
    /** For each segment followed, the position of the newest event read that it handles. */
    private final Map<SegmentKey, Long> newest = new HashMap<>();
    /** Events have been read after {@code from} up to {@code readTo} (the token of the last one read). */
    private long from = Long.MAX_VALUE;
    private long readUpTo = -1;
    private TrackingToken readTo;

    HandledEvents(EventStore eventStore, Supplier<EventStorageEngine> storage) {
        this.eventStore = eventStore;
        this.storage = storage;
    }

    private record SegmentKey(String processor, Segment segment) {
        static SegmentKey of(SegmentAt at) {
            return new SegmentKey(at.processor(), at.segment());
        }
    }

    /**
     * Of the segments given (every segment of every read model, with its handlers), those that
     * have not yet taken in a stored event, up to {@code head}, that they handle.
     */
    synchronized List<SegmentAt> behind(Map<SegmentAt, EventHandlerInvoker> segments, long head) {
        List<SegmentAt> behind = new ArrayList<>(behindTheirPositions(segments, head));
        // the positions passed over, by a segment or by the reading here, whose events may since have been committed
        SortedSet<Long> gaps = new TreeSet<>(CommittedPositions.gapsOf(readTo));
        segments.keySet().forEach(at -> gaps.addAll(at.gaps()));
        inGaps.keySet().retainAll(gaps);
        for (long gap : gaps.headSet(head + 1)) {
            TrackedEventMessage<?> event = storedAt(gap);
            if (event != null) {
                segments.forEach((at, handlers) -> {
                    if (!at.hasTakenIn(gap) && !behind.contains(at) && handlers.canHandle(event, at.segment())) {
                        behind.add(at);
                    }
                });
            }
        }
        return behind;
    }

    /** The segments with a stored event they handle after their position, up to {@code head}. */
    private List<SegmentAt> behindTheirPositions(Map<SegmentAt, EventHandlerInvoker> segments, long head) {
        SegmentAt oldest = segments.keySet().stream().min(Comparator.comparingLong(SegmentAt::position))
                .orElse(null);
        if (oldest == null || oldest.position() >= head) {
            return List.of();
        }
        Set<SegmentKey> keys = new HashSet<>();
        segments.keySet().forEach(at -> keys.add(SegmentKey.of(at)));
        if (!keys.equals(followed.keySet()) || oldest.position() < from || oldest.position() >= readUpTo) {
            // new or split segments, a reset, or every segment past what was read: start again from the oldest
            followed.clear();
            segments.forEach((at, handlers) -> followed.put(SegmentKey.of(at), handlers));
            newest.clear();
            from = oldest.position();
            readUpTo = oldest.position();
            readTo = oldest.token();
        }
        if (readUpTo < head && !readUntil(head)) {
            return segments.keySet().stream().filter(at -> at.position() < head).toList();
        }
        return segments.keySet().stream()
                .filter(at -> newest.getOrDefault(SegmentKey.of(at), -1L) > at.position()).toList();
    }

    /** The event stored at a position, or null while there is none (not yet committed, or never). */
    private TrackedEventMessage<?> storedAt(long position) {
        TrackedEventMessage<?> known = inGaps.get(position);
        if (known != null) {
            return known;
        }
        EventStorageEngine store = storage.get();
        if (store == null) {
            return null;
        }
        try (Stream<? extends TrackedEventMessage<?>> events = store.readEvents(
                GapAwareTrackingToken.newInstance(position - 1, List.of()), false)) {
            TrackedEventMessage<?> first = events.findFirst().orElse(null);
            if (first != null && position(first.trackingToken()) == position) {
                inGaps.put(position, first);
                return first;
            }
            return null;
        }
    }

    /** Reads the events after {@code readTo} up to {@code head}; false if the store did not give them in time. */
    private boolean readUntil(long head) {
        try (BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(readTo)) {
            while (readUpTo < head) {
                if (!events.hasNextAvailable(WAIT_SECONDS, SECONDS)) {
                    log.warn("The event store gave no events after {} within {} s", readUpTo, WAIT_SECONDS);
                    return false;
                }
                TrackedEventMessage<?> event = events.nextAvailable();
                long position = position(event.trackingToken());
                followed.forEach((key, handlers) -> {
                    if (handlers.canHandle(event, key.segment())) {
                        newest.merge(key, position, Math::max);
                    }
                });
                readTo = event.trackingToken();
                readUpTo = Math.max(readUpTo, position);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static long position(TrackingToken token) {
        OptionalLong position = token == null ? OptionalLong.empty() : token.position();
        return position.orElse(-1L);
    }
}
