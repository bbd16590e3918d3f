package scot.together.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import scot.together.api.Refusal;
import scot.together.api.admin.RebuildLookups;
import scot.together.api.child.PlaceChild;
import scot.together.api.child.RegisterChild;
import scot.together.api.child.StartEpisode;
import scot.together.api.family.MoveTogether;
import scot.together.api.family.RecordBrothersAndSisters;
import scot.together.events.CareCategory;
import scot.together.events.child.HomeEnding;
import scot.together.events.family.RelationshipKind;

/**
 * One run on one machine, on one generated history in one PostgreSQL (JDBC event store),
 * printing side by side: the raw limit (every event row read by JDBC), a rebuild of every read
 * model and the command side's look-ups with Together's processor settings, the same rebuild
 * with Axon's out-of-the-box settings, recording {@code PlaceChild} against a bare Axon command,
 * reports at this size, and, through HTTP with sign-in, the service's write latency, start-up
 * time and memory (see {@link OverHttp}).
 *
 * <pre>java -jar bench/target/together-bench.jar [events=200000] [stillLookedAfter=events/1000]
 *      [defaultsSeconds=120] [recordingSeconds=20] [app=app/target/together.jar] [http=true]</pre>
 */
@SpringBootApplication(scanBasePackages = {"scot.together.command", "scot.together.query", "scot.together.bench"})
public class TogetherBench {

    private static final String AXON_DEFAULTS = "axon-defaults";

    public static void main(String[] args) throws Exception {
        run(args).summary();
        // every context is closed, but Axon's embedded event store leaves a thread that is not a daemon
        System.exit(0);
    }

    /** The whole bench; {@code dir=} says where the data goes (default bench/target). */
    static Report run(String[] args) throws Exception {
        long events = longArg(args, "events", 200_000);
        int stillLookedAfter = (int) longArg(args, "stillLookedAfter", Math.max(20, events / 1000));
        int defaultsSeconds = (int) longArg(args, "defaultsSeconds", 120);
        int recordingSeconds = (int) longArg(args, "recordingSeconds", 20);
        int homes = (int) Math.min(2000, Math.max(50, events / 4000));
        String app = stringArg(args, "app", "app/target/together.jar");
        boolean http = Boolean.parseBoolean(stringArg(args, "http", "true"));
        Path dataDir = Files.createDirectories(Path.of(stringArg(args, "dir", "bench/target")))
                .resolve("data-" + System.currentTimeMillis());
        Report lines = new Report();
        lines.add(String.format(Locale.ROOT, "machine: %d cores, Java %s; data in %s",
                Runtime.getRuntime().availableProcessors(), Runtime.version(), dataDir));
        Facts facts = generateAndRebuild(dataDir, events, stillLookedAfter, homes, recordingSeconds, lines);
        if (http && Files.exists(Path.of(app))) {
            new OverHttp(Path.of(app), dataDir, facts.homes(), facts.groups(), lines).run();
        } else {
            lines.add("over HTTP: skipped (" + (http ? "no " + app : "http=false") + ")");
        }
        rebuildWithAxonDefaults(dataDir, facts, defaultsSeconds, lines);
        return lines;
    }

    /** What the first part learnt that the later parts use. */
    record Facts(long events, double rawPerSecond, double readModelsPerSecond, List<UUID> homes,
                 List<List<UUID>> groups) {
    }

    private static ConfigurableApplicationContext start(Path dataDir, String processors) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        List<String> settings = new ArrayList<>(List.of("--together.data-dir=" + dataDir,
                "--together.read-models.processors=" + processors));
        if (processors.equals(AXON_DEFAULTS)) {
            // out of the box, Axon's Spring Boot starter times each event handler's call (30 s, warning at 10 s)
            settings.addAll(List.of("--axon.timeout.handler.events.timeout-ms=30000",
                    "--axon.timeout.handler.events.warning-threshold-ms=10000"));
        }
        return new SpringApplicationBuilder(TogetherBench.class).run(settings.toArray(String[]::new));
    }

    /** What the generation left: the homes every copy shares, the groups still looked after, the counts. */
    private record Generated(History.Written written, List<UUID> homes, List<List<UUID>> stillLookedAfter) {
    }

    /**
     * A few stories recorded through the command gateway, copied into a long history, and the read
     * models put where they would be had they followed it as it was recorded (at its newest event),
     * so that the rebuild that follows is a replay of all of it, as in service. The service is then
     * stopped: the history went into the table behind the embedded event store's back, and Axon's
     * shared reader, left at the last event it saw, would read all of it into memory at once when
     * the read models next follow the store (at 20 million events more than the heap); a service
     * started on the history, as the measures below need, begins at its end.
     */
    private static Generated generate(Path dataDir, long events, int stillLookedAfter, int homeCount,
                                      Report lines) throws Exception {
        try (ConfigurableApplicationContext context = start(dataDir, "together")) {
            Stories stories = new Stories(context.getBean(CommandGateway.class), context.getBean(JdbcTemplate.class));
            stories.registerHomes(homeCount);
            List<Stories.Story> told = stories.record();
            new Reports(context.getBean(QueryGateway.class)).awaitCaughtUp();
            List<StreamingEventProcessor> readModelProcessors =
                    streaming(context.getBean(EventProcessingConfiguration.class));
            readModelProcessors.forEach(StreamingEventProcessor::shutDown);
            History history = new History(context.getBean(DataSource.class), Set.copyOf(stories.homes()));
            History.Written written = history.write(told, events, stillLookedAfter);
            lines.add(written.describe());
            readModelProcessors.forEach(processor -> processor.resetTokens(source -> source.createHeadToken()));
            return new Generated(written, List.copyOf(stories.homes()), history.stillLookedAfter());
        }
    }

    private static Facts generateAndRebuild(Path dataDir, long events, int stillLookedAfter, int homeCount,
                                            int recordingSeconds, Report lines) throws Exception {
        Generated generated = generate(dataDir, events, stillLookedAfter, homeCount, lines);
        try (ConfigurableApplicationContext context = start(dataDir, "together")) {
            CommandGateway commands = context.getBean(CommandGateway.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            DataSource dataSource = context.getBean(DataSource.class);
            Reports reports = new Reports(context.getBean(QueryGateway.class));
            Stories stories = new Stories(commands, jdbc);
            reports.awaitCaughtUp();
            jdbc.execute("ANALYZE");
            long stored = jdbc.queryForObject("SELECT count(*) FROM events.domain_event_entry", Long.class);

            double raw = rawRead(dataSource, stored, lines);

            // Together's rebuild: the command side's look-ups (first: every other command waits until
            // the look-ups have applied every stored event), then the read models
            long start = System.nanoTime();
            stories.send(Reports.ADMIN, new RebuildLookups());
            Reports.Rebuild lookups = new Reports.Rebuild(stored, (System.nanoTime() - start) / 1e9);
            lines.add(lookups.describe("the command side's look-ups"));
            Reports.Rebuild readModels = reports.rebuild(commands);
            lines.add(readModels.describe("every read model (Together's settings)"));
            long parked = reports.parked();
            lines.add("check  events the read models could not take in: " + parked + " (expected 0)");
            if (parked != 0) {
                throw new IllegalStateException("The read models parked " + parked + " generated events");
            }
            Reports.Rebuild both = new Reports.Rebuild(stored, readModels.seconds() + lookups.seconds());
            lines.add(both.describe("every read model and look-up"));
            lines.add(ratio("rebuild of everything / raw JDBC read (target >= 0.5)", both.eventsPerSecond(), raw));
            lines.add(ratio("rebuild of the read models / raw JDBC read", readModels.eventsPerSecond(), raw));

            checkRules(stories, generated.stillLookedAfter(), generated.homes(), lines);
            jdbc.execute("ANALYZE");
            History.Written written = generated.written();
            reports.time(written.children(), written.stillLookedAfter()).forEach(lines::add);
            recording(stories, generated.homes(), recordingSeconds, lines);
            return new Facts(stored, raw, readModels.eventsPerSecond(), generated.homes(),
                    generated.stillLookedAfter());
        }
    }

    /** The read models' processors. */
    private static List<StreamingEventProcessor> streaming(EventProcessingConfiguration processing) {
        return processing.eventProcessors().values().stream().filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast).toList();
    }

    /** Every event row read through JDBC, every column fetched, nothing deserialised. */
    private static double rawRead(DataSource dataSource, long stored, Report lines) throws Exception {
        long start = System.nanoTime();
        long rows = 0;
        long bytes = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement("SELECT global_index, event_identifier,"
                    + " meta_data, payload, payload_revision, payload_type, time_stamp, aggregate_identifier,"
                    + " sequence_number, type FROM events.domain_event_entry ORDER BY global_index")) {
                select.setFetchSize(10_000);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(1);
                        bytes += rs.getString(2).length() + rs.getBytes(3).length + rs.getBytes(4).length;
                        rs.getString(5);
                        rs.getString(6);
                        rs.getString(7);
                        rs.getString(8);
                        rs.getLong(9);
                        rs.getString(10);
                        rows++;
                    }
                }
            }
            connection.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        lines.add(String.format(Locale.ROOT, "raw JDBC read of every event row: %,d rows (%,d MB) in %.1f s ="
                + " %,.0f events/s", rows, bytes >> 20, seconds, rows / seconds));
        return stored / seconds;
    }

    /**
     * The history is one the aggregates accept: moving one of two brothers and sisters still
     * looked after away from the other is refused by the separation rule; moving both is accepted.
     */
    private static void checkRules(Stories stories, List<List<UUID>> groups, List<UUID> homes, Report lines) {
        List<UUID> pair = groups.stream().filter(group -> group.size() == 2).findFirst().orElseThrow();
        List<UUID> alone = groups.stream().filter(group -> group.size() == 1).findFirst().orElseThrow();
        LocalDate today = LocalDate.now();
        UUID home = homes.get(homes.size() - 1);
        expect(lines, "one of two brothers and sisters moved apart", "SEPARATION_NOT_APPROVED",
                outcome(stories, new PlaceChild(pair.get(0), home, today, HomeEnding.PLANNED)));
        expect(lines, "both moved together", "accepted",
                outcome(stories, new MoveTogether(pair, home, today, HomeEnding.PLANNED)));
        expect(lines, "a child alone moved", "accepted",
                outcome(stories, new PlaceChild(alone.get(0), home, today, HomeEnding.UNPLANNED)));
    }

    private static void expect(Report lines, String what, String expected, String outcome) {
        lines.add("check  " + what + ": " + outcome + " (expected " + expected + ")");
        if (!outcome.equals(expected)) {
            throw new IllegalStateException("The generated history is not one the aggregates accept: " + what
                    + " gave " + outcome + ", not " + expected);
        }
    }

    private static String outcome(Stories stories, Object command) {
        try {
            stories.send(Stories.WORKER, command);
            return "accepted";
        } catch (CommandExecutionException e) {
            return e.getDetails().filter(Refusal.class::isInstance).map(d -> ((Refusal) d).code().name())
                    .orElse("refused: " + e.getClass().getSimpleName());
        }
    }

    /**
     * With Axon's out-of-the-box processors (Spring Boot's defaults: tracking, batch size 1, one
     * thread and segment, each event handler's call timed): the read models rebuilt from scratch,
     * timed for up to {@code seconds}.
     */
    private static void rebuildWithAxonDefaults(Path dataDir, Facts facts, int seconds, Report lines)
            throws Exception {
        try (ConfigurableApplicationContext context = start(dataDir, AXON_DEFAULTS)) {
            CommandGateway commands = context.getBean(CommandGateway.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            // the token store holds Together's segments: start the read models afresh with one segment each
            EventProcessingConfiguration processing = context.getBean(EventProcessingConfiguration.class);
            List<StreamingEventProcessor> readModels = streaming(processing);
            readModels.forEach(StreamingEventProcessor::shutDown);
            for (StreamingEventProcessor processor : readModels) {
                jdbc.update("DELETE FROM query.token_entry WHERE processor_name = ?", processor.getName());
            }
            readModels.forEach(StreamingEventProcessor::start); // one segment each, from the first event
            readModels.forEach(StreamingEventProcessor::shutDown);
            readModels.forEach(processor -> processor.resetTokens(source -> source.createHeadToken()));
            readModels.forEach(StreamingEventProcessor::start);
            Reports reports = new Reports(context.getBean(QueryGateway.class));
            Reports.Rebuild defaults = reports.rebuildFor(commands, seconds);
            lines.add(defaults.describe("every read model (Axon's defaults)"));
            lines.add(ratio("rebuild of the read models, Together / Axon's defaults (target >= 5)",
                    facts.readModelsPerSecond(), defaults.eventsPerSecond()));
        }
    }

    /** PlaceChild (with the separation rule) and a bare one-event command, each for a while from 4 senders. */
    private static void recording(Stories stories, List<UUID> homes, double seconds, Report lines)
            throws Exception {
        int senders = 4;
        int children = 40;
        List<UUID> movers = new ArrayList<>();
        for (int i = 0; i < children; i++) {
            UUID child = UUID.randomUUID();
            UUID sister = UUID.randomUUID();
            stories.send(Stories.WORKER, new RegisterChild(child, "Bench", "Mover", LocalDate.of(1990, 1, 1)));
            stories.send(Stories.WORKER, new RegisterChild(sister, "Bench", "Sister", LocalDate.of(1990, 1, 1)));
            stories.send(Stories.WORKER, new RecordBrothersAndSisters(UUID.randomUUID(), child, sister,
                    RelationshipKind.FULL, LocalDate.of(1990, 1, 1)));
            stories.send(Stories.WORKER, new StartEpisode(child, UUID.randomUUID(), LocalDate.of(1990, 1, 1),
                    CareCategory.LOOKED_AFTER_AWAY_FROM_HOME));
            movers.add(child);
        }
        AtomicInteger[] moves = new AtomicInteger[children];
        for (int i = 0; i < children; i++) {
            moves[i] = new AtomicInteger();
        }
        double placed = rate(senders, seconds, n -> {
            int which = n % children;
            int move = moves[which].getAndIncrement();
            return new PlaceChild(movers.get(which), homes.get(move % 2), LocalDate.of(1990, 1, 2).plusDays(move),
                    move == 0 ? null : HomeEnding.PLANNED);
        }, stories);
        double bare = rate(senders, seconds, n -> new Tally.Count(UUID.randomUUID()), stories);
        lines.add(String.format(Locale.ROOT, "record PlaceChild (separation rule), %d senders: %,.0f commands/s",
                senders, placed));
        lines.add(String.format(Locale.ROOT, "record a bare Axon command of one event, %d senders: %,.0f commands/s",
                senders, bare));
        lines.add(ratio("recording, PlaceChild / bare command (target >= 1.0)", placed, bare));
    }

    /** Commands a second, sent back to back by that many senders for that long (the n-th command from each). */
    private static double rate(int senders, double seconds, IntFunction<Object> command, Stories stories)
            throws Exception {
        AtomicInteger sent = new AtomicInteger();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int s = 0; s < senders; s++) {
                int sender = s;
                done.add(pool.submit(() -> {
                    // each sender moves only its own children, so no two moves of one child race
                    for (int n = sender; System.nanoTime() < end; n += senders) {
                        stories.send(Stories.WORKER, command.apply(n));
                        sent.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        return sent.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** Prints each figure as soon as it is measured (a run takes minutes), and all of them at the end. */
    static final class Report {
        private final List<String> lines = new ArrayList<>();

        void add(String line) {
            System.out.println(line);
            lines.add(line);
        }

        List<String> lines() {
            return List.copyOf(lines);
        }

        void summary() {
            System.out.println();
            System.out.println("== Together benchmark ==");
            lines.forEach(System.out::println);
        }
    }

    static String ratio(String what, double numerator, double denominator) {
        return String.format(Locale.ROOT, "ratio  %-66s %8.2f", what, numerator / denominator);
    }

    private static long longArg(String[] args, String name, long fallback) {
        String value = stringArg(args, name, null);
        return value == null ? fallback : Long.parseLong(value);
    }

    private static String stringArg(String[] args, String name, String fallback) {
        for (String arg : args) {
            if (arg.startsWith(name + "=")) {
                return arg.substring(name.length() + 1);
            }
        }
        return fallback;
    }
}
