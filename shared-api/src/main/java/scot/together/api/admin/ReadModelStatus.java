package scot.together.api.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * For each read model, the position reached in the events, out of the newest event's; and,
 * while a rebuild is under way, its progress ({@code rebuild}, else null).
 */
public record ReadModelStatus(long newestEvent, List<ReadModel> readModels, Rebuild rebuild) {

    /**
     * A rebuild under way beside the read models in use, which answer until it is complete:
     * when it started, the position every read model has reached again (the least), out of the
     * newest event's, its rate since it started in events a second, and the seconds left at that
     * rate (null before it has taken in any).
     */
    public record Rebuild(Instant startedAt, long position, long newestEvent, double percent,
                          double eventsPerSecond, Long secondsLeft) {

        /** How far a rebuild that started then has got now: its rate since the start and the time left at that rate. */
        public static Rebuild of(Instant startedAt, long position, long newestEvent) {
            double seconds = Math.max(0.001, Duration.between(startedAt, Instant.now()).toNanos() / 1e9);
            double rate = position / seconds;
            double percent = newestEvent <= 0 ? 100.0
                    : Math.min(100.0, Math.floor(position * 1000.0 / newestEvent) / 10.0);
            Long left = rate <= 0 ? null : (long) Math.ceil(Math.max(0, newestEvent - position) / rate);
            return new Rebuild(startedAt, position, newestEvent, percent, Math.round(rate * 10) / 10.0, left);
        }
    }

    /**
     * A read model: {@code position} and {@code percent} are its slowest segment's. Each segment
     * shows its own lag; {@code parked} lists the first of the events it could not take in (of
     * {@code parkedCount}), oldest first.
     */
    public record ReadModel(String name, boolean running, boolean rebuilding, long position, double percent,
                            List<Segment> segments, long parkedCount, List<ParkedEvent> parked) {
    }

    /**
     * One segment of a read model's events, as its stored token says wherever it is processed:
     * the position reached and how many positions it is behind the newest event. {@code failing}
     * names the kind of failure while its last batch failed here and is being tried again, else null.
     */
    public record Segment(int segment, long position, long behind, String failing) {
    }

    /**
     * An event the read model could not take in, parked: which event (its id, its kind and its
     * position among the events, when known), the record it belongs to (later events of that
     * record wait behind it), when it was parked and last tried, and why, without personal data.
     */
    public record ParkedEvent(String eventId, String type, String record, Long position, Instant parkedAt,
                              Instant lastTried, String why) {
    }
}
