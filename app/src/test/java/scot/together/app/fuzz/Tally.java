package scot.together.app.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts of what was sent and answered, and what went wrong, for the summary and the verdict. */
final class Tally {

    private final Map<String, int[]> byOperation = new TreeMap<>();
    private final Map<String, Integer> byRole = new TreeMap<>();
    private final int[] byClass = new int[6];
    private final List<String> findings = new ArrayList<>();
    private final Map<String, Integer> findingKinds = new TreeMap<>();
    int refused;
    int accepted;
    int boardAnswers;

    void answered(Request request, int status) {
        int statusClass = Math.min(status / 100, 5);
        byClass[statusClass]++;
        byOperation.computeIfAbsent(request.operation, k -> new int[6])[statusClass]++;
        byRole.merge(request.role, 1, Integer::sum);
    }

    void finding(String kind, Request request, int status, String detail) {
        findingKinds.merge(kind, 1, Integer::sum);
        if (findings.size() < 60) {
            findings.add(kind + ": " + status + " for " + request.reproduce() + (detail == null ? ""
                    : "\n      answered: " + Request.shorten(detail, 300)));
        }
    }

    List<String> findings() {
        return findings;
    }

    Map<String, Integer> findingKinds() {
        return findingKinds;
    }

    int sent(String operation) {
        int[] counts = byOperation.get(operation);
        return counts == null ? 0 : java.util.Arrays.stream(counts).sum();
    }

    int total() {
        return java.util.Arrays.stream(byClass).sum();
    }

    String summary(long seed, long millis, int secrets) {
        StringBuilder text = new StringBuilder(String.format("Fuzz (seed %d): %d requests in %.1f s: 2xx %d, 3xx %d,"
                        + " 4xx %d, 5xx %d; %d refused (nothing recorded by any: %s), %d accepted;"
                        + " %d board answers checked against %d secrets%n", seed, total(), millis / 1000.0, byClass[2],
                byClass[3], byClass[4], byClass[5], refused, !findingKinds.containsKey("RECORDED_BY_REFUSAL"), accepted,
                boardAnswers, secrets));
        text.append("  by role: ").append(byRole).append('\n');
        byOperation.forEach((operation, counts) -> text.append(String.format("  %-62s %5d  (2xx %d, 3xx %d, 4xx %d, 5xx %d)%n",
                operation.length() > 62 ? operation.substring(0, 62) : operation,
                java.util.Arrays.stream(counts).sum(), counts[2], counts[3], counts[4], counts[5])));
        if (!findingKinds.isEmpty()) {
            text.append("  findings: ").append(findingKinds).append('\n');
            findings.forEach(finding -> text.append("  - ").append(finding).append('\n'));
        }
        return text.toString();
    }
}
