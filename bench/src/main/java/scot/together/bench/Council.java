package scot.together.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import scot.together.api.RecordedBy;
import scot.together.api.child.EndEpisode;
import scot.together.api.child.PlaceChild;
import scot.together.api.child.RegisterChild;
import scot.together.api.child.StartEpisode;
import scot.together.api.home.RegisterHome;
import scot.together.events.CareCategory;
import scot.together.events.child.HomeEnding;
import scot.together.events.home.HomeKind;

/**
 * A made-up council recorded through the command gateway, as the web would: each child
 * registered, looked after away from home from a day in 2019–2025, living in a home, with
 * some moves and some episodes ending. Seeded, so every run records the same story.
 */
class Council {

    private static final RecordedBy WORKER = new RecordedBy("bench", "SOCIAL_WORKER", Set.of("SOCIAL_WORKER"));
    private static final LocalDate FIRST = LocalDate.of(2019, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 7, 1);

    private final CommandGateway commands;
    private final Random random;
    private final List<UUID> homes = new ArrayList<>();

    Council(CommandGateway commands, long seed) {
        this.commands = commands;
        this.random = new Random(seed);
    }

    void homes(int count) {
        for (int i = 0; i < count; i++) {
            UUID home = UUID.randomUUID();
            send(new RegisterHome(home, "Home " + i, HomeKind.values()[i % HomeKind.values().length], i % 4 != 0));
            homes.add(home);
        }
    }

    record Rate(int children, long commands, long events, double seconds) {
        double commandsPerSecond() {
            return commands / seconds;
        }

        double eventsPerSecond() {
            return events / seconds;
        }

        String describe(String how) {
            return String.format(Locale.ROOT, "record %-40s %6d children %7d commands in %6.1f s = %7.0f commands/s,"
                    + " %7.0f events/s", how, children, commands, seconds, commandsPerSecond(), eventsPerSecond());
        }
    }

    /** Records that many children's stories with that many senders at once. */
    Rate record(int children, int senders) throws Exception {
        List<List<Object>> stories = new ArrayList<>();
        for (int i = 0; i < children; i++) {
            stories.add(story());
        }
        AtomicLong sent = new AtomicLong();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (List<Object> story : stories) {
                done.add(pool.submit(() -> story.forEach(command -> {
                    send(command);
                    sent.incrementAndGet();
                })));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // every command here records exactly one event
        return new Rate(children, sent.get(), sent.get(), seconds);
    }

    private List<Object> story() {
        UUID child = UUID.randomUUID();
        UUID episode = UUID.randomUUID();
        LocalDate born = FIRST.minusYears(1 + random.nextInt(15)).plusDays(random.nextInt(365));
        LocalDate start = FIRST.plusDays(random.nextInt(365 * 6));
        List<Object> story = new ArrayList<>();
        story.add(new RegisterChild(child, "Child", "Bench", born));
        story.add(new StartEpisode(child, episode, start, CareCategory.LOOKED_AFTER_AWAY_FROM_HOME));
        UUID home = home();
        story.add(new PlaceChild(child, home, start, null));
        LocalDate day = start;
        int moves = random.nextInt(10) < 5 ? 0 : 1 + random.nextInt(3);
        for (int m = 0; m < moves; m++) {
            day = day.plusDays(20 + random.nextInt(200));
            if (!day.isBefore(LAST)) {
                break;
            }
            UUID next = home();
            while (next.equals(home)) {
                next = home();
            }
            home = next;
            story.add(new PlaceChild(child, home, day, random.nextBoolean() ? HomeEnding.PLANNED : HomeEnding.UNPLANNED));
        }
        if (random.nextInt(10) < 3) {
            LocalDate end = day.plusDays(30 + random.nextInt(300));
            story.add(new EndEpisode(child, episode, end.isAfter(LAST) ? LAST : end, "Returned home"));
        }
        return story;
    }

    private UUID home() {
        return homes.get(random.nextInt(homes.size()));
    }

    private void send(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(WORKER.metaData(null)));
    }
}
