package scot.together.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Measures, in one run on one machine: how fast commands are recorded by one sender and by
 * several; how far the read models fall behind a burst of recording; how report times grow
 * from a small council to Scotland's scale, once the read models have caught up; how fast the
 * read models rebuild. Prints the figures and their ratios.
 *
 * <pre>java -jar bench/target/together-bench.jar [children=20000] [small=2000] [threads=8]</pre>
 */
@SpringBootApplication(scanBasePackages = {"scot.together.command", "scot.together.query"})
public class TogetherBench {

    public static void main(String[] args) throws Exception {
        int children = intArg(args, "children", 20_000);
        int small = intArg(args, "small", 2_000);
        int threads = intArg(args, "threads", 8);
        int single = Math.min(500, small / 2);
        Path dataDir = Files.createDirectories(Path.of("bench", "target")).resolve("data-" + System.currentTimeMillis());
        System.setProperty("axoniq.update-checker.disabled", "true");

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TogetherBench.class)
                .run("--together.data-dir=" + dataDir)) {
            Council council = new Council(context.getBean(CommandGateway.class), 42);
            Reports reports = new Reports(context.getBean(QueryGateway.class));
            Report lines = new Report();
            lines.add(String.format(Locale.ROOT, "machine: %d cores, Java %s; data in %s",
                    Runtime.getRuntime().availableProcessors(), Runtime.version(), dataDir));

            council.homes(Math.max(50, children / 10));
            Council.Rate one = council.record(single, 1);
            Council.Rate many = council.record(small - single, threads);
            lines.add(one.describe("1 sender"));
            lines.add(many.describe(threads + " senders"));
            lines.add(ratio("recording, " + threads + " senders / 1 sender (commands/s)", many.commandsPerSecond(),
                    one.commandsPerSecond()));

            lines.add(catchUp(reports.awaitCaughtUp(), small));
            // each size is timed straight after recording, and again once PostgreSQL has statistics
            // of the tables as they now are (autovacuum gathers them within about a minute)
            Reports.Timings atSmallFresh = reports.time(small, "fresh");
            analyse(context);
            Reports.Timings atSmall = reports.time(small, "analysed");
            Council.Rate recorded = many;
            if (children > small) {
                Council.Rate bulk = council.record(children - small, threads);
                lines.add(bulk.describe(threads + " senders, up to " + children + " children"));
                double lag = reports.awaitCaughtUp();
                lines.add(catchUp(lag, children));
                lines.add(ratio("read models' speed / recording speed during the burst (events/s)",
                        bulk.events() / (bulk.seconds() + lag), bulk.eventsPerSecond()));
                Reports.Timings atLargeFresh = reports.time(children, "fresh");
                analyse(context);
                Reports.Timings atLarge = reports.time(children, "analysed");
                atSmallFresh.describe().forEach(lines::add);
                atSmall.describe().forEach(lines::add);
                atLargeFresh.describe().forEach(lines::add);
                atLarge.describe().forEach(lines::add);
                atLarge.ratiosTo(atSmall).forEach(lines::add);
                recorded = bulk;
            } else {
                atSmallFresh.describe().forEach(lines::add); // one size only: nothing to compare it with
                atSmall.describe().forEach(lines::add);
            }

            Reports.Rebuild rebuild = reports.rebuild(context.getBean(CommandGateway.class));
            lines.add(rebuild.describe());
            lines.add(ratio("rebuild / recording (events/s)", rebuild.eventsPerSecond(),
                    recorded.eventsPerSecond()));

            lines.summary();
        }
    }

    /** Brings PostgreSQL's statistics of every table up to date, as autovacuum would shortly. */
    private static void analyse(ConfigurableApplicationContext context) {
        context.getBean(JdbcTemplate.class).execute("ANALYZE");
    }

    /** Prints each figure as soon as it is measured (a run takes minutes), and all of them at the end. */
    static final class Report {
        private final List<String> lines = new ArrayList<>();

        void add(String line) {
            System.out.println(line);
            lines.add(line);
        }

        void summary() {
            System.out.println();
            System.out.println("== Together benchmark ==");
            lines.forEach(System.out::println);
        }
    }

    private static String catchUp(double seconds, int children) {
        return String.format(Locale.ROOT, "read models caught up %.1f s after recording stopped (%d children)",
                seconds, children);
    }

    static String ratio(String what, double numerator, double denominator) {
        return String.format(Locale.ROOT, "ratio  %-60s %8.2f", what, numerator / denominator);
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (String arg : args) {
            if (arg.startsWith(name + "=")) {
                return Integer.parseInt(arg.substring(name.length() + 1));
            }
        }
        return fallback;
    }
}
