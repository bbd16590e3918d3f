package scot.together.app.corrections;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * <p>One service for all of them: each history has its own children and homes, and each report
 * must change, over a history, by exactly what the oracle says that history adds; at the end the
 * reports over every history (percentages too) and, after a rebuild of the read models, every
 * check again. A disagreement names the seed of its history: run that one alone with
 * {@code -Dtogether.histories.seed=N -Dtogether.histories=1}.
 */
class CorrectedHistoriesPropertyTest extends TogetherTest {

    static final long FIRST_SEED = Long.getLong("together.histories.seed", 1);
    static final int HISTORIES = Integer.getInteger("together.histories", 200);

    @Test
    void everyAnswerPageAndReportAgreesWithTheRecordsThatStillStand() throws Exception {
        QueryGateway queries = together.bean(QueryGateway.class);
        Findings findings = new Findings();
        List<CouncilHistory> histories = new ArrayList<>();
        long started = System.nanoTime();
        Map<String, JsonNode> before = CouncilHistory.readReports(api);
        Map<String, JsonNode> empty = before;
        long[] phases = new long[3];
        for (int i = 0; i < HISTORIES; i++) {
            CouncilHistory history = new CouncilHistory(FIRST_SEED + i, api, queries, findings);
            long t0 = System.nanoTime();
            history.record();
            long t1 = System.nanoTime();
            Map<String, JsonNode> after = CouncilHistory.readReports(api);
            long t2 = System.nanoTime();
            history.checkPages(after, "");
            history.checkReportChanges(before, after);
            phases[0] += t1 - t0;
            phases[1] += t2 - t1;
            phases[2] += System.nanoTime() - t2;
            histories.add(history);
            before = after;
        }
        long recorded = System.nanoTime();
        checkEveryHistoryTogether(histories, empty, before, findings, "");

        ReadModelRebuild.rebuildAndWait(api);
        Map<String, JsonNode> rebuilt = CouncilHistory.readReports(api);
        for (CouncilHistory history : histories) {
            history.checkPages(rebuilt, " [after a rebuild]");
        }
        checkEveryHistoryTogether(histories, empty, rebuilt, findings, " [after a rebuild]");
        long done = System.nanoTime();

        String coverage = coverage(histories);
        String timing = String.format("%d histories recorded and checked in %d s (recording %d s: %d commands in %d s,"
                        + " %d reads in %d s; reports %d s; pages %d s); rebuilt and checked again in %d s%n",
                histories.size(), (recorded - started) / 1_000_000_000L, phases[0] / 1_000_000_000L,
                CouncilHistory.commands, CouncilHistory.commandNanos / 1_000_000_000L, CouncilHistory.reads,
                CouncilHistory.readNanos / 1_000_000_000L, phases[1] / 1_000_000_000L, phases[2] / 1_000_000_000L,
                (done - recorded) / 1_000_000_000L);
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
