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
import scot.together.api.family.MoveTogether;
import scot.together.api.family.RecordBrothersAndSisters;
import scot.together.api.home.RegisterHome;
import scot.together.events.CareCategory;
import scot.together.events.child.HomeEnding;
import scot.together.events.family.RelationshipKind;
import scot.together.events.home.HomeKind;

/**
 * A made-up council recorded through the command gateway, as the web would: children, half of
 * them with brothers and sisters, looked after away from home from a day in 2019–2025, living
 * in a home, with some moves and some episodes ending. Seeded, so every run records the same story.
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

    /** One command and how many events it records. */
    record Step(Object command, int events) {
    }

    /** Records about that many children's stories, in groups of brothers and sisters, with that many senders. */
    Rate record(int children, int senders) throws Exception {
        List<List<Step>> stories = new ArrayList<>();
        int recorded = 0;
        while (recorded < children) {
            int group = Math.min(children - recorded, groupSize());
            stories.add(story(group));
            recorded += group;
        }
        AtomicLong commandsSent = new AtomicLong();
        AtomicLong eventsRecorded = new AtomicLong();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (List<Step> story : stories) {
                done.add(pool.submit(() -> story.forEach(step -> {
                    send(step.command());
                    commandsSent.incrementAndGet();
                    eventsRecorded.addAndGet(step.events());
                })));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Rate(recorded, commandsSent.get(), eventsRecorded.get(), seconds);
    }

    /** Half the children have no brother or sister in care; the rest are in groups of two to four. */
    private int groupSize() {
        return random.nextBoolean() ? 1 : 2 + random.nextInt(3);
    }

    /**
     * A group of brothers and sisters: registered, linked one to the next, looked after away
     * from home from the same day, living together and moving together; some groups' episodes end.
     */
    private List<Step> story(int size) {
        List<UUID> children = new ArrayList<>();
        List<UUID> episodes = new ArrayList<>();
        List<Step> story = new ArrayList<>();
        LocalDate youngest = FIRST.minusYears(16);
        for (int i = 0; i < size; i++) {
            UUID child = UUID.randomUUID();
            LocalDate born = FIRST.minusYears(1 + random.nextInt(15)).plusDays(random.nextInt(365));
            youngest = born.isAfter(youngest) ? born : youngest;
            children.add(child);
            episodes.add(UUID.randomUUID());
            story.add(new Step(new RegisterChild(child, "Child", "Bench", born), 1));
        }
        for (int i = 1; i < size; i++) {
            story.add(new Step(new RecordBrothersAndSisters(UUID.randomUUID(), children.get(i - 1), children.get(i),
                    RelationshipKind.FULL, youngest), 1));
        }
        LocalDate start = FIRST.plusDays(random.nextInt(365 * 6));
        for (int i = 0; i < size; i++) {
            story.add(new Step(new StartEpisode(children.get(i), episodes.get(i), start,
                    CareCategory.LOOKED_AFTER_AWAY_FROM_HOME), 1));
        }
        UUID home = home();
        story.add(move(children, home, start, null));
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
            HomeEnding ending = random.nextBoolean() ? HomeEnding.PLANNED : HomeEnding.UNPLANNED;
            story.add(move(children, home, day, ending));
        }
        if (random.nextInt(10) < 3) {
            LocalDate end = day.plusDays(30 + random.nextInt(300));
            for (int i = 0; i < size; i++) {
                story.add(new Step(new EndEpisode(children.get(i), episodes.get(i), end.isAfter(LAST) ? LAST : end,
                        "Returned home"), 1));
            }
        }
        return story;
    }

    /** Brothers and sisters move together; a child on their own simply moves. */
    private static Step move(List<UUID> children, UUID home, LocalDate day, HomeEnding ending) {
        return children.size() == 1
                ? new Step(new PlaceChild(children.get(0), home, day, ending), 1)
                : new Step(new MoveTogether(children, home, day, ending), children.size());
    }

    private UUID home() {
        return homes.get(random.nextInt(homes.size()));
    }

    private void send(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(WORKER.metaData(null)));
    }
}
