package scot.together.app.family;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.together.app.support.Api;
import scot.together.app.support.CouncilStory;
import scot.together.app.support.TogetherTest;

/**
 * A council's history of 48 children in 18 groups of one to five brothers and sisters: homes
 * together, apart and split with approved separations, moves, episodes ending, children with
 * no home or looked after at home, relationships ended and recorded late. Togetherness as at
 * several dates, and the month-end trend, must equal what a plain model kept by this test says.
 */
class TogethernessHistoryTest extends TogetherTest {

    private static final int[] GROUP_SIZES = {1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 2, 3, 1, 2, 3, 1, 4, 2};
    private static final LocalDate FIRST_START = LocalDate.of(2023, 1, 2);

    /** The model: what the test recorded, as plain date ranges (from inclusive, to exclusive; null: still). */
    record Range(LocalDate from, LocalDate to, String value) {
        boolean holdsOn(LocalDate day) {
            return !day.isBefore(from) && (to == null || day.isBefore(to));
        }
    }

    static final class Link {
        final String id;
        final String a;
        final String b;
        final LocalDate since;
        LocalDate ended;

        Link(String id, String a, String b, LocalDate since) {
            this.id = id;
            this.a = a;
            this.b = b;
            this.since = since;
        }

        boolean inForceOn(LocalDate day) {
            return !since.isAfter(day) && (ended == null || ended.isAfter(day));
        }
    }

    private static final Map<String, List<Range>> care = new HashMap<>();
    private static final Map<String, List<Range>> homes = new HashMap<>();
    private static final List<Link> links = new ArrayList<>();

    private static CouncilStory story;
    private static Api.Session worker;

    @BeforeAll
    static void recordTheCouncilsHistory() {
        story = new CouncilStory(api);
        worker = api.as("social.worker");
        List<String> singletons = new ArrayList<>();
        int born = 0;
        for (int g = 0; g < GROUP_SIZES.length; g++) {
            LocalDate start = FIRST_START.plusDays(9L * g);
            List<String> group = new ArrayList<>();
            for (int i = 0; i < GROUP_SIZES[g]; i++) {
                group.add(story.child("Child" + g + "x" + i, "Group" + g,
                        LocalDate.of(2010, 1, 1).plusDays(40L * born++).toString()));
            }
            if (group.size() == 1) {
                singletons.add(group.get(0));
            }
            // chains (A–B, B–C: A and C not linked) in even groups, everyone linked in odd ones
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    if (g % 2 == 1 || j == i + 1) {
                        relate(group.get(i), group.get(j), LocalDate.of(2017, 1, 1));
                    }
                }
            }
            int mode = group.size() == 1 ? 0 : g % 3; // 0 together, 1 all apart, 2 split in two homes
            String separation = null;
            if (mode != 0) {
                separation = approvedSeparation(group, start);
            }
            String shared = story.home("Home of group " + g, "FOSTER", true);
            String second = story.home("Second home of group " + g, "KINSHIP", true);
            for (int i = 0; i < group.size(); i++) {
                String child = group.get(i);
                boolean last = i == group.size() - 1 && group.size() > 1;
                if (last && g % 5 == 4) {
                    story.episode(child, start.toString(), "LOOKED_AFTER_AT_HOME");
                    care(child, start, "LOOKED_AFTER_AT_HOME");
                    continue;
                }
                String episode = story.accommodated(child, start.toString());
                care(child, start, "LOOKED_AFTER_AWAY_FROM_HOME");
                if (!(last && g % 7 == 3)) { // else accommodated with no home recorded
                    String home = switch (mode) {
                        case 1 -> story.home("Own home " + g + "/" + i, "FOSTER", g % 2 == 0);
                        case 2 -> i < group.size() / 2 ? shared : second;
                        default -> shared;
                    };
                    story.place(child, home, start.toString(), null).expect(204);
                    live(child, home, start);
                }
                if (i == 0 && g % 3 == 2) {
                    LocalDate end = LocalDate.of(2024, 9, 30);
                    story.endEpisode(child, episode, end.toString());
                    endAll(child, end);
                }
            }
            if (mode == 1 && g % 4 == 1) {
                // the first child moves in with the second; the separation then ends
                LocalDate move = LocalDate.of(2024, 3, 1);
                String home = current(group.get(1));
                story.place(group.get(0), home, move.toString(), "PLANNED").expect(204);
                live(group.get(0), home, move);
                worker.post("/api/separations/" + separation + "/end",
                        Map.of("date", "2024-04-01", "reason", "Living together again")).expect(204);
            }
            if (g % 6 == 5 && group.size() >= 2) {
                Link link = links.stream().filter(l -> l.a.equals(group.get(0)) && l.b.equals(group.get(1)))
                        .findFirst().orElseThrow();
                worker.post("/api/brothers-and-sisters/" + link.id + "/end",
                        Map.of("date", "2024-05-01", "reason", "Recorded in error")).expect(204);
                link.ended = LocalDate.of(2024, 5, 1);
            }
        }
        // brothers found out about after they were placed apart: recorded late, from long before
        relate(singletons.get(0), singletons.get(1), LocalDate.of(2016, 1, 1));
        relate(singletons.get(2), singletons.get(3), LocalDate.of(2024, 1, 1));
    }

    private static void relate(String a, String b, LocalDate since) {
        String id = worker.post("/api/brothers-and-sisters", Map.of("childId", a, "otherChildId", b,
                "kind", "HALF", "since", since.toString())).id();
        links.add(new Link(id, a, b, since));
    }

    private static String approvedSeparation(List<String> group, LocalDate on) {
        List<Map<String, Object>> views = group.stream().<Map<String, Object>>map(c ->
                Map.of("childId", c, "view", "I want to see them often")).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("childIds", group);
        body.put("assessment", Map.of("kind", "Together or Apart", "completedOn", on.toString(),
                "summary", "Apart for now"));
        body.put("reason", "Needs of each child");
        body.put("reviewBy", on.plusMonths(6).toString());
        body.put("views", views);
        String id = worker.post("/api/separations", body).id();
        api.as("head.of.service").post("/api/separations/" + id + "/approve",
                Map.of("comment", "Agreed", "decidedOn", on.toString())).expect(204);
        return id;
    }

    private static void care(String child, LocalDate from, String category) {
        care.computeIfAbsent(child, k -> new ArrayList<>()).add(new Range(from, null, category));
    }

    private static void live(String child, String home, LocalDate from) {
        List<Range> ranges = homes.computeIfAbsent(child, k -> new ArrayList<>());
        close(ranges, from);
        ranges.add(new Range(from, null, home));
    }

    private static void endAll(String child, LocalDate end) {
        close(care.get(child), end);
        close(homes.getOrDefault(child, new ArrayList<>()), end);
    }

    private static void close(List<Range> ranges, LocalDate end) {
        ranges.replaceAll(r -> r.to() == null ? new Range(r.from(), end, r.value()) : r);
    }

    private static String current(String child) {
        List<Range> ranges = homes.get(child);
        return ranges.get(ranges.size() - 1).value();
    }

    private static String on(Map<String, List<Range>> ranges, String child, LocalDate day) {
        return ranges.getOrDefault(child, List.of()).stream().filter(r -> r.holdsOn(day)).map(Range::value)
                .findFirst().orElse(null);
    }

    /** The expected figures, worked out plainly: neighbours, then groups by breadth-first search. */
    private static Map<String, Long> expected(LocalDate day) {
        Set<String> accommodated = new HashSet<>();
        care.keySet().forEach(c -> {
            if ("LOOKED_AFTER_AWAY_FROM_HOME".equals(on(care, c, day))) {
                accommodated.add(c);
            }
        });
        Map<String, Set<String>> neighbours = new HashMap<>();
        for (Link l : links) {
            if (l.inForceOn(day) && accommodated.contains(l.a) && accommodated.contains(l.b)) {
                neighbours.computeIfAbsent(l.a, k -> new HashSet<>()).add(l.b);
                neighbours.computeIfAbsent(l.b, k -> new HashSet<>()).add(l.a);
            }
        }
        long all = 0;
        long some = 0;
        long none = 0;
        for (var entry : neighbours.entrySet()) {
            String home = on(homes, entry.getKey(), day);
            long sharing = entry.getValue().stream().filter(o -> home != null && home.equals(on(homes, o, day)))
                    .count();
            if (sharing == 0) {
                none++;
            } else if (sharing == entry.getValue().size()) {
                all++;
            } else {
                some++;
            }
        }
        long groups = 0;
        long together = 0;
        long apart = 0;
        Set<String> seen = new HashSet<>();
        for (String first : neighbours.keySet()) {
            if (!seen.add(first)) {
                continue;
            }
            List<String> members = new ArrayList<>();
            Deque<String> queue = new ArrayDeque<>(List.of(first));
            while (!queue.isEmpty()) {
                String c = queue.poll();
                members.add(c);
                for (String n : neighbours.get(c)) {
                    if (seen.add(n)) {
                        queue.add(n);
                    }
                }
            }
            groups++;
            List<String> memberHomes = members.stream().map(c -> on(homes, c, day)).toList();
            boolean allSame = memberHomes.stream().allMatch(h -> h != null && h.equals(memberHomes.get(0)));
            List<String> housed = memberHomes.stream().filter(Objects::nonNull).toList();
            if (allSame) {
                together++;
            } else if (new HashSet<>(housed).size() == housed.size()) {
                apart++;
            }
        }
        return Map.of("children", (long) neighbours.size(), "all", all, "some", some, "none", none,
                "groups", groups, "together", together, "apart", apart, "partly", groups - together - apart);
    }

    private static void assertFigures(JsonNode figures, LocalDate day) {
        Map<String, Long> e = expected(day);
        String at = "as at " + day + ": " + figures;
        assertThat(figures.get("asAt").asText()).isEqualTo(day.toString());
        assertThat(figures.get("children").asLong()).as(at).isEqualTo(e.get("children"));
        assertThat(figures.get("livingWithAll").get("count").asLong()).as(at).isEqualTo(e.get("all"));
        assertThat(figures.get("livingWithSome").get("count").asLong()).as(at).isEqualTo(e.get("some"));
        assertThat(figures.get("livingWithNone").get("count").asLong()).as(at).isEqualTo(e.get("none"));
        assertThat(figures.get("livingWithAll").get("percent").decimalValue()).as(at)
                .isEqualByComparingTo(percent(e.get("all"), e.get("children")));
        assertThat(figures.get("livingWithNone").get("percent").decimalValue()).as(at)
                .isEqualByComparingTo(percent(e.get("none"), e.get("children")));
        JsonNode groups = figures.get("groups");
        assertThat(groups.get("count").asLong()).as(at).isEqualTo(e.get("groups"));
        assertThat(groups.get("allTogether").asLong()).as(at).isEqualTo(e.get("together"));
        assertThat(groups.get("partlyTogether").asLong()).as(at).isEqualTo(e.get("partly"));
        assertThat(groups.get("allApart").asLong()).as(at).isEqualTo(e.get("apart"));
    }

    private static BigDecimal percent(long count, long whole) {
        return whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(count * 100.0 / whole).setScale(1, RoundingMode.HALF_UP);
    }

    @Test
    void togethernessAsAtSeveralDatesIsWhatTheModelSays() {
        for (String date : List.of("2022-12-31", "2023-03-31", "2023-08-15", "2024-03-01", "2024-06-30",
                "2024-09-30", "2025-01-31")) {
            LocalDate day = LocalDate.parse(date);
            assertFigures(api.as("board.member").get("/api/reports/togetherness?asAt=" + date).expect(200).json(),
                    day);
        }
        // the history is rich enough to tell the measures apart
        Map<String, Long> mid = expected(LocalDate.parse("2024-06-30"));
        assertThat(mid.get("children")).isGreaterThan(20);
        assertThat(mid.get("all")).isPositive();
        assertThat(mid.get("some")).isPositive();
        assertThat(mid.get("none")).isPositive();
        assertThat(mid.get("together")).isPositive();
        assertThat(mid.get("partly")).isPositive();
        assertThat(mid.get("apart")).isPositive();
        assertThat(expected(LocalDate.parse("2022-12-31")).get("children")).isZero();
    }

    @Test
    void theTrendGivesEachMonthEndWithinTheRange() {
        JsonNode points = worker.get("/api/reports/togetherness/trend?from=2023-01-15&to=2025-02-10&step=month")
                .expect(200).json().get("points");
        assertThat(points).hasSize(25); // January 2023 to January 2025; February 2025 ends after 'to'
        LocalDate monthEnd = LocalDate.of(2023, 1, 31);
        for (JsonNode point : points) {
            assertFigures(point, monthEnd);
            monthEnd = monthEnd.plusDays(1).plusMonths(1).minusDays(1);
        }
        String csv = worker.get("/api/reports/togetherness/trend?from=2023-01-15&to=2023-03-31&format=csv")
                .expect(200).body();
        assertThat(csv.split("\r\n")).hasSize(4);
        assertThat(csv).startsWith("As at,").contains("brothers and sisters").doesNotContain("sibling");
        worker.get("/api/reports/togetherness/trend?from=2024-01-01&to=2023-01-01").expect(400);
        worker.get("/api/reports/togetherness/trend?from=2023-01-01&to=2024-01-01&step=week").expect(400);
    }
}
