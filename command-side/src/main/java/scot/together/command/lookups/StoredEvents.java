package scot.together.command.lookups;

import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * The events stored after a position, read straight from the storage engine in the caller's
 * thread. The embedded event store's own streams share one producer thread with every tracking
 * processor, and while those replayed it could leave a catch-up without events for seconds;
 * this reads the table itself, and reads it again (briefly waiting) while an event acknowledged
 * by the store is not yet committed where this transaction can see it.
 */
final class StoredEvents implements BlockingStream<TrackedEventMessage<?>> {

    private static final long WAIT_BETWEEN_READS_MILLIS = 20;

    private final EventStorageEngine storage;
    private TrackingToken after;
    private Stream<? extends TrackedEventMessage<?>> reading;
    private Iterator<? extends TrackedEventMessage<?>> events;
    private TrackedEventMessage<?> next;

    StoredEvents(EventStorageEngine storage, TrackingToken after) {
        this.storage = storage;
        this.after = after;
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        return Optional.ofNullable(fetch());
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (fetch() == null) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            Thread.sleep(WAIT_BETWEEN_READS_MILLIS);
        }
        return true;
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        while (!hasNextAvailable(1, TimeUnit.SECONDS)) {
            // waits as a blocking stream does
        }
        TrackedEventMessage<?> event = next;
        next = null;
        after = event.trackingToken();
        return event;
    }

    /** The next event, reading the table again once the last reading is used up; null if none is stored. */
    private TrackedEventMessage<?> fetch() {
        if (next == null) {
            if (events == null || !events.hasNext()) {
                close();
                reading = storage.readEvents(after, false);
                events = reading.iterator();
            }
            if (events.hasNext()) {
                next = events.next();
            }
        }
        return next;
    }

    @Override
    public void close() {
        if (reading != null) {
            reading.close();
            reading = null;
            events = null;
        }
    }
}
