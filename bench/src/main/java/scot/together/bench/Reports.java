package scot.together.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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

    private Map<String, Supplier<Object>> reports() {
        Map<String, Supplier<Object>> reports = new LinkedHashMap<>();
        reports.put("moves 2024-25", () -> ask(new MovesReport(YEAR_START, CENSUS), MovesFigures.class));
        reports.put("local care at 31 July 2025", () -> ask(new LocalCareReport(CENSUS), LocalCareFigures.class));
        reports.put("togetherness at 31 July 2025", () -> ask(new TogethernessReport(CENSUS), TogethernessFigures.class));
        reports.put("togetherness trend, 12 months", () -> ask(new TogethernessTrend(YEAR_START, CENSUS),
                TogethernessTrendFigures.class));
        return reports;
    }

    /** Median times of each report at a size; {@code when}: straight after recording, or with statistics. */
    record Timings(int children, String when, Map<String, Double> medianMillis) {
        List<String> describe() {
            List<String> lines = new ArrayList<>();
            medianMillis.forEach((report, millis) -> lines.add(String.format(Locale.ROOT,
                    "report %-31s %6d children, %-9s median %8.1f ms", report, children, when + ":", millis)));
            return lines;
        }

        List<String> ratiosTo(Timings smaller) {
            List<String> lines = new ArrayList<>();
            medianMillis.forEach((report, millis) -> lines.add(TogetherBench.ratio(String.format(Locale.ROOT,
                    "%s, %d / %d children (time; size ratio %.0f)", report, children, smaller.children,
                    (double) children / smaller.children), millis, smaller.medianMillis.get(report))));
            return lines;
        }
    }

    Timings time(int children, String when) {
        Map<String, Double> medians = new LinkedHashMap<>();
        reports().forEach((name, report) -> {
            report.get(); // warm up
            double[] millis = new double[REPEATS];
            for (int i = 0; i < REPEATS; i++) {
                long start = System.nanoTime();
                report.get();
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            medians.put(name, millis[REPEATS / 2]);
        });
        return new Timings(children, when, medians);
    }

    record Rebuild(long events, double seconds) {
        double eventsPerSecond() {
            return events / seconds;
        }

        String describe() {
            return String.format(Locale.ROOT, "rebuild of every read model: %d events in %.1f s = %.0f events/s",
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

    Rebuild rebuild(CommandGateway commands) throws InterruptedException {
        RecordedBy admin = new RecordedBy("bench", "ADMIN", Set.of("ADMIN"));
        long start = System.nanoTime();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RebuildReadModels())
                .andMetaData(admin.metaData(null)));
        awaitCaughtUp();
        return new Rebuild(ask(new ReadModelProgress(), ReadModelStatus.class).newestEvent(),
                (System.nanoTime() - start) / 1e9);
    }

    private <R> R ask(Object query, Class<R> answer) {
        return queries.query(query, ResponseTypes.instanceOf(answer)).join();
    }
}
