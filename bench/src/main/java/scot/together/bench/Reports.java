package scot.together.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import scot.together.api.RecordedBy;
import scot.together.api.admin.ReadModelProgress;
import scot.together.api.admin.ReadModelStatus;
import scot.together.api.admin.RebuildReadModels;
import scot.together.api.reports.LocalCareFigures;
import scot.together.api.reports.LocalCareReport;
import scot.together.api.reports.MovesFigures;
import scot.together.api.reports.MovesReport;
import scot.together.api.togetherness.TogethernessFigures;
import scot.together.api.togetherness.TogethernessReport;
import scot.together.api.togetherness.TogethernessTrend;
import scot.together.api.togetherness.TogethernessTrendFigures;

/** Times the board's reports through the query gateway, and a rebuild of the read models. */
class Reports {

    private static final int REPEATS = 15;
    private static final LocalDate YEAR_START = LocalDate.of(2024, 8, 1);
    private static final LocalDate CENSUS = LocalDate.of(2025, 7, 31);

    private final QueryGateway queries;

    Reports(QueryGateway queries) {
        this.queries = queries;
    }

    static final RecordedBy ADMIN = new RecordedBy("bench", "ADMIN", Set.of("ADMIN"));

    private Map<String, Supplier<Object>> reports() {
        Map<String, Supplier<Object>> reports = new LinkedHashMap<>();
        reports.put("togetherness at 31 July 2025", () -> ask(new TogethernessReport(CENSUS), TogethernessFigures.class));
        reports.put("moves over a year, 2024-25", () -> ask(new MovesReport(YEAR_START, CENSUS), MovesFigures.class));
        reports.put("local care at 31 July 2025", () -> ask(new LocalCareReport(CENSUS), LocalCareFigures.class));
        reports.put("togetherness trend, 60 months", () -> ask(new TogethernessTrend(YEAR_START.minusYears(4), CENSUS),
                TogethernessTrendFigures.class));
        return reports;
    }

    /** Each report through the query gateway: its first call, then once warmed up ({@link Latency}). */
    List<String> time(int children, int stillLookedAfter) throws Exception {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Supplier<Object>> report : reports().entrySet()) {
            Latency latency = Latency.of(REPEATS, () -> report.getValue().get());
            lines.add(String.format(Locale.ROOT, "report %-31s %,d children (%,d looked after): %s", report.getKey(),
                    children, stillLookedAfter, latency.describe()));
        }
        return lines;
    }

    record Rebuild(long events, double seconds) {
        double eventsPerSecond() {
            return events / seconds;
        }

        String describe(String what) {
            return String.format(Locale.ROOT, "rebuild of %-40s %,d events in %.1f s = %,.0f events/s", what + ":",
                    events, seconds, eventsPerSecond());
        }
    }

    /** Seconds until every read model has taken in every recorded event. */
    double awaitCaughtUp() throws InterruptedException {
        long start = System.nanoTime();
        while (ask(new ReadModelProgress(), ReadModelStatus.class).readModels().stream()
                .anyMatch(model -> model.rebuilding() || model.percent() < 100.0)) {
            Thread.sleep(100);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** How many events the read models could not take in (parked), over all of them. */
    long parked() {
        return ask(new ReadModelProgress(), ReadModelStatus.class).readModels().stream()
                .mapToLong(ReadModelStatus.ReadModel::parkedCount).sum();
    }

    Rebuild rebuild(CommandGateway commands) throws InterruptedException {
        long start = System.nanoTime();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RebuildReadModels())
                .andMetaData(ADMIN.metaData(null)));
        awaitCaughtUp();
        return new Rebuild(ask(new ReadModelProgress(), ReadModelStatus.class).newestEvent(),
                (System.nanoTime() - start) / 1e9);
    }

    /**
     * A rebuild timed until done or for at most that long: the events every read model has
     * taken in (the slowest read model's position) in the time.
     */
    Rebuild rebuildFor(CommandGateway commands, int seconds) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RebuildReadModels())
                .andMetaData(ADMIN.metaData(null)));
        ReadModelStatus status = ask(new ReadModelProgress(), ReadModelStatus.class);
        while (System.nanoTime() < end && status.readModels().stream()
                .anyMatch(model -> model.rebuilding() || model.percent() < 100.0)) {
            Thread.sleep(500);
            status = ask(new ReadModelProgress(), ReadModelStatus.class);
        }
        // a tracking processor stores no position while it meets no event it handles (accounts, board
        // records), so the history read model, which takes in every event, says how far the rebuild got:
        // the whole rebuild is at best as fast as it
        long slowest = status.readModels().stream().filter(model -> model.name().equals("event-log"))
                .mapToLong(ReadModelStatus.ReadModel::position).min().orElse(0);
        status.readModels().forEach(model -> System.out.printf(Locale.ROOT, "  %s at %d%n", model.name(),
                model.position()));
        return new Rebuild(slowest, (System.nanoTime() - start) / 1e9);
    }

    private <R> R ask(Object query, Class<R> answer) {
        return queries.query(query, ResponseTypes.instanceOf(answer)).join();
    }
}
