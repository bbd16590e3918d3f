package scot.together.app.corrections;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import scot.together.app.corrections.CouncilModel.Kind;
import scot.together.app.support.TogetherTest;

/**
 * At least 200 random council histories with random records marked in error, each checked
 * against the oracle ({@link CouncilModel}) worked out from the events that still stand: the
 * separation rule's answer to every move, the child's history, record and page, the register
 * of separations, family time, and togetherness, moves and local care at several dates.
 *
 * <p>One service for all of them: each history has its own children and homes, so a few are
 * recorded side by side, and each report must change, over such a batch, by exactly what the
 * oracle says those histories add; at the end the
 * reports over every history (percentages too) and, after a rebuild of the read models, every
 * check again. A disagreement names the seed of its history: run that one alone with
 * {@code -Dtogether.histories.seed=N -Dtogether.histories=1}.
 */
class CorrectedHistoriesPropertyTest extends TogetherTest {

    static final long FIRST_SEED = Long.getLong("together.histories.seed", 1);
    static final int HISTORIES = Integer.getInteger("together.histories", 200);
    /** Histories recorded side by side (each has its own children; the reports are read between batches). */
    static final int THREADS = Integer.getInteger("together.histories.threads", 4);

    @Test
    void everyAnswerPageAndReportAgreesWithTheRecordsThatStillStand() throws Exception {
        QueryGateway queries = together.bean(QueryGateway.class);
        Findings findings = new Findings();
        List<CouncilHistory> histories = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long started = System.nanoTime();
        Map<String, JsonNode> empty = CouncilHistory.readReports(api);
        Map<String, JsonNode> before = empty;
        for (int first = 0; first < HISTORIES; first += THREADS) {
            List<CouncilHistory> batch = new ArrayList<>();
            for (int i = first; i < Math.min(HISTORIES, first + THREADS); i++) {
                batch.add(new CouncilHistory(FIRST_SEED + i, api, queries, findings));
            }
            inParallel(pool, batch, findings, history -> {
                history.record();
                history.checkPages("");
            });
            Map<String, JsonNode> after = CouncilHistory.readReports(api);
            CouncilHistory.checkReportChanges(batch, before, after, findings);
            histories.addAll(batch);
            before = after;
        }
        long recorded = System.nanoTime();
        checkEveryHistoryTogether(histories, empty, before, findings, "");

        ReadModelRebuild.rebuildAndWait(api);
        inParallel(pool, histories, findings, history -> history.checkPages(" [after a rebuild]"));
        checkEveryHistoryTogether(histories, empty, CouncilHistory.readReports(api), findings, " [after a rebuild]");
        pool.shutdown();
        long done = System.nanoTime();

        String timing = String.format("%d histories, %d at a time, recorded and checked in %d s (commands: %s;"
                        + " reads: %s); rebuilt and checked again in %d s%n", histories.size(), THREADS,
                (recorded - started) / 1_000_000_000L, CouncilHistory.COMMANDS, CouncilHistory.READS,
                (done - recorded) / 1_000_000_000L);
        String coverage = coverage(histories);
        String summary = findings.summary(histories.size());
        Path report = Path.of("target", "corrected-histories.txt");
        Files.createDirectories(report.getParent());
        StringBuilder all = new StringBuilder(timing).append(coverage).append('\n').append(summary).append('\n');
        findings.all().forEach(f -> all.append(f).append('\n'));
        List<Long> failing = findings.all().stream().map(Findings.Finding::seed).distinct().toList();
        histories.stream().filter(h -> failing.contains(h.seed)).forEach(h -> all.append('\n').append(h.story()));
        Files.writeString(report, all);
        StringBuilder stories = new StringBuilder();
        histories.forEach(h -> stories.append(h.story()).append('\n'));
        Files.writeString(report.resolveSibling("corrected-histories-stories.txt"), stories);
        System.out.println(timing + coverage + summary);

        // the histories really try what matters: every kind of correction, and the rule both ways
        if (HISTORIES >= 200) {
            Map<Kind, Integer> corrected = new EnumMap<>(Kind.class);
            histories.forEach(h -> h.corrected.forEach((k, n) -> corrected.merge(k, n, Integer::sum)));
            assertThat(corrected.keySet()).as(coverage).containsAll(List.of(Kind.EpisodeStarted,
                    Kind.EpisodeCategoryChanged, Kind.EpisodeEnded, Kind.ChildPlaced, Kind.BrothersAndSistersRecorded,
                    Kind.BrothersAndSistersEnded, Kind.SeparationRequested, Kind.SeparationApproved,
                    Kind.SeparationRefused, Kind.SeparationReviewed, Kind.SeparationEnded, Kind.FamilyTimePlanned,
                    Kind.FamilyTimeRecorded, Kind.FamilyTimePlanEnded));
        }
        assertThat(findings.all()).as(summary + "\n(every finding: app/" + report + ")").isEmpty();
    }

    /** Runs the work on each history, side by side; anything thrown is a finding of that history. */
    private static void inParallel(ExecutorService pool, List<CouncilHistory> histories, Findings findings,
                                   Consumer<CouncilHistory> work) throws InterruptedException {
        List<Callable<Void>> tasks = new ArrayList<>();
        for (CouncilHistory history : histories) {
            tasks.add(() -> {
                try {
                    work.accept(history);
                } catch (RuntimeException | AssertionError e) {
                    findings.same(history.seed, "the history runs to its end", "", "no exception", e.toString());
                }
                return null;
            });
        }
        pool.invokeAll(tasks);
    }

    /**
     * The reports over the whole service, percentages too, against the oracle's figures summed
     * over every history (each percentage worked out again from the summed counts).
     */
    private static void checkEveryHistoryTogether(List<CouncilHistory> histories, Map<String, JsonNode> empty,
                                                  Map<String, JsonNode> reports, Findings findings, String phase) {
        for (String report : reports.keySet()) {
            Map<String, BigDecimal> expected = new TreeMap<>(CouncilHistory.counts(
                    CouncilHistory.figures(empty.get(report))));
            for (CouncilHistory history : histories) {
                CouncilHistory.counts(history.expectedReports(history.scope()).get(report))
                        .forEach((k, v) -> expected.merge(k, v, BigDecimal::add));
            }
            Map<String, BigDecimal> actual = CouncilHistory.figures(reports.get(report));
            Map<String, BigDecimal> expectedAll = new TreeMap<>();
            expected.forEach((k, v) -> expectedAll.put(k, v.stripTrailingZeros()));
            String whole = report.startsWith("togetherness") ? "children"
                    : report.startsWith("local care") ? "accommodated" : "childrenLookedAfter";
            for (String key : actual.keySet()) {
                if (key.endsWith(".percent")) {
                    String count = key.replace(".percent", ".count");
                    expectedAll.put(key, percent(expected.get(count), expected.get(whole)));
                }
            }
            Map<String, BigDecimal> actualAll = new TreeMap<>();
            actual.forEach((k, v) -> actualAll.put(k, v.stripTrailingZeros()));
            findings.same(0, report.replaceAll(" [0-9].*", "") + " over every history" + phase, report,
                    expectedAll, actualAll);
        }
    }

    private static BigDecimal percent(BigDecimal count, BigDecimal whole) {
        if (count == null || whole == null || whole.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return count.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static String coverage(List<CouncilHistory> histories) {
        Map<Kind, Integer> corrected = new EnumMap<>(Kind.class);
        Map<String, Integer> moves = new TreeMap<>();
        Map<String, Integer> right = new TreeMap<>();
        long children = 0;
        for (CouncilHistory h : histories) {
            h.corrected.forEach((k, n) -> corrected.merge(k, n, Integer::sum));
            h.moveAnswers.forEach((k, n) -> moves.merge(k, n, Integer::sum));
            h.rightRecords.forEach((k, n) -> right.merge(k, n, Integer::sum));
            children += h.children.size();
        }
        return "children: " + children + "\nrecords marked in error, by kind: " + corrected
                + "\nmoves sent, by the answer the oracle expected: " + moves
                + "\nthe right record after one in error, tried: " + right + "\n";
    }
}
