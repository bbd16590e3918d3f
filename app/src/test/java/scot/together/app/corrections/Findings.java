package scot.together.app.corrections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where the service and the oracle disagree: each with the seed of its history, what was
 * checked, and what was expected and found. Collected rather than thrown, so that one run shows
 * every kind of disagreement and how often it comes, with a seed to replay each.
 */
final class Findings {

    record Finding(long seed, String check, String detail, String expected, String actual) {
        @Override
        public String toString() {
            return "seed " + seed + ": " + check + (detail.isEmpty() ? "" : " (" + detail + ")") + "\n    expected: "
                    + expected + "\n    actual:   " + actual;
        }
    }

    private final List<Finding> found = new ArrayList<>();

    /** Notes a disagreement unless the two are equal; whether they were. */
    synchronized boolean same(long seed, String check, String detail, Object expected, Object actual) {
        if (Objects.equals(expected, actual)) {
            return true;
        }
        found.add(new Finding(seed, check, detail, String.valueOf(expected), String.valueOf(actual)));
        return false;
    }

    synchronized List<Finding> all() {
        return List.copyOf(found);
    }

    /** Each check that failed: in how many histories, and its first example. */
    synchronized String summary(int histories) {
        Map<String, List<Finding>> byCheck = new LinkedHashMap<>();
        for (Finding f : found) {
            byCheck.computeIfAbsent(f.check(), k -> new ArrayList<>()).add(f);
        }
        StringBuilder text = new StringBuilder(found.size() + " disagreements with the oracle in "
                + found.stream().map(Finding::seed).distinct().count() + " of " + histories + " histories:\n");
        byCheck.forEach((check, list) -> text.append("- ").append(check).append(": ").append(list.size())
                .append(" times in ").append(list.stream().map(Finding::seed).distinct().count())
                .append(" histories (seeds ").append(list.stream().map(Finding::seed).distinct().limit(8).toList())
                .append("); first:\n  ").append(list.get(0)).append('\n'));
        return text.toString();
    }
}
