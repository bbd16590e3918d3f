package scot.together.app.corrections;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The oracle: every event the test recorded, as plain facts, and which were marked in error.
 * Each measure is worked out here from the facts that still stand: a fact stands when it was
 * not marked in error and the fact it depends on stands (the moves, changes of category and end
 * of an episode depend on its start; a plan's sessions and end on the plan; a separation's
 * decision on its request, its reviews and end on its approval; a relationship's end on the
 * relationship). A fact marked in error is as if it had never been recorded.
 */
final class CouncilModel {

    static final ZoneId COUNCIL = ZoneId.of("Europe/London");
    static final String AWAY = "LOOKED_AFTER_AWAY_FROM_HOME";
    static final String AT_HOME = "LOOKED_AFTER_AT_HOME";
    static final Set<String> LOOKED_AFTER = Set.of(AWAY, AT_HOME);

    /** The kinds of fact, by the events' published type names. */
    enum Kind {
        ChildRegistered, EpisodeStarted, EpisodeCategoryChanged, EpisodeEnded, ChildPlaced,
        BrothersAndSistersRecorded, BrothersAndSistersEnded, SeparationRequested, SeparationApproved,
        SeparationRefused, SeparationReviewed, SeparationEnded, FamilyTimePlanned, FamilyTimeRecorded,
        FamilyTimePlanEnded, RecordMarkedInError
    }

    /** One recorded event, as the test recorded it; each kind uses some of the fields. */
    static final class Fact {
        final int seq;
        final Kind kind;
        final LocalDate date;
        final List<String> children;
        final Fact dependsOn;
        /** The id of what it is about: episode, relationship, separation or plan. */
        String subject;
        /** A child's record: the child; a relationship: its first child. */
        String child;
        String other;
        String category;
        String home;
        String ending;
        /** A request's review date, a review's next review date. */
        LocalDate reviewBy;
        /** A request's assessment date. */
        LocalDate assessedOn;
        boolean happened;
        String howOften;
        Fact corrects;
        /** The event's id in the service, once read from a child's history. */
        String eventId;

        private Fact(int seq, Kind kind, LocalDate date, List<String> children, Fact dependsOn) {
            this.seq = seq;
            this.kind = kind;
            this.date = date;
            this.children = List.copyOf(children);
            this.dependsOn = dependsOn;
        }

        @Override
        public String toString() {
            return kind + " on " + date + (subject == null ? "" : " of " + subject)
                    + (home == null ? "" : " to home " + home) + (category == null ? "" : " " + category);
        }
    }

    /** A standing episode with its standing changes of category and homes, in date order. */
    record Episode(Fact start, LocalDate end, List<Fact> changes, List<Fact> placements) {
        String id() {
            return start.subject;
        }

        boolean holdsOn(LocalDate day) {
            return !day.isBefore(start.date) && (end == null || day.isBefore(end));
        }

        String categoryOn(LocalDate day) {
            String category = start.category;
            for (Fact change : changes) {
                if (!change.date.isAfter(day)) {
                    category = change.category;
                }
            }
            return category;
        }

        String latestCategory() {
            return changes.isEmpty() ? start.category : changes.get(changes.size() - 1).category;
        }

        LocalDate lastCategoryChange() {
            return changes.isEmpty() ? start.date : changes.get(changes.size() - 1).date;
        }

        Fact lastPlacement() {
            return placements.isEmpty() ? null : placements.get(placements.size() - 1);
        }

        /** The latest day anything was recorded in the episode. */
        LocalDate latestChange() {
            Fact last = lastPlacement();
            return last != null && last.date.isAfter(lastCategoryChange()) ? last.date : lastCategoryChange();
        }

        Fact placementOn(LocalDate day) {
            if (!holdsOn(day)) {
                return null;
            }
            Fact found = null;
            for (Fact p : placements) {
                if (!p.date.isAfter(day)) {
                    found = p;
                }
            }
            return found;
        }

        /** Category periods: [from, to) with to null while it holds. */
        List<Object[]> categoryPeriods() {
            List<Object[]> periods = new ArrayList<>();
            LocalDate from = start.date;
            String category = start.category;
            for (Fact change : changes) {
                periods.add(new Object[] {from, change.date, category});
                from = change.date;
                category = change.category;
            }
            periods.add(new Object[] {from, end, category});
            return periods;
        }
    }

    /** A standing relationship, with its standing end (null: none). */
    record Link(Fact recorded, LocalDate ended) {
        String a() {
            return recorded.child;
        }

        String b() {
            return recorded.other;
        }

        boolean inForceOn(LocalDate day) {
            return !recorded.date.isAfter(day) && (ended == null || ended.isAfter(day));
        }

        boolean joins(String x, String y) {
            return (a().equals(x) && b().equals(y)) || (a().equals(y) && b().equals(x));
        }

        String otherThan(String x) {
            return a().equals(x) ? b() : b().equals(x) ? a() : null;
        }
    }

    /** A standing separation request with its standing decision, reviews and end. */
    record Separation(Fact request, Fact approval, Fact refusal, Fact end, List<Fact> reviews) {
        String status() {
            return end != null ? "ENDED" : approval != null ? "APPROVED" : refusal != null ? "REFUSED" : "REQUESTED";
        }

        boolean approvedOn(LocalDate day) {
            return approval != null && !approval.date.isAfter(day) && (end == null || end.date.isAfter(day));
        }

        boolean covers(String x, String y, LocalDate day) {
            return approvedOn(day) && request.children.contains(x) && request.children.contains(y);
        }

        /** The review date as it stood on the day: set by the last review on or before it, else as requested. */
        LocalDate reviewByOn(LocalDate day) {
            LocalDate reviewBy = request.reviewBy;
            for (Fact review : reviews) {
                if (!review.date.isAfter(day)) {
                    reviewBy = review.reviewBy;
                }
            }
            return reviewBy;
        }

        LocalDate earliestReview() {
            return reviews.isEmpty() ? approval.date : reviews.get(reviews.size() - 1).date;
        }
    }

    /** A standing family time plan with its standing sessions and end. */
    record Plan(Fact planned, Fact end, List<Fact> sessions) {
        String id() {
            return planned.subject;
        }

        long due(LocalDate from, LocalDate to) {
            long count = 0;
            for (int k = 0; ; k++) {
                LocalDate date = switch (planned.howOften) {
                    case "WEEKLY" -> planned.date.plusWeeks(k);
                    case "FORTNIGHTLY" -> planned.date.plusWeeks(2L * k);
                    case "MONTHLY" -> planned.date.plusMonths(k);
                    case "QUARTERLY" -> planned.date.plusMonths(3L * k);
                    default -> throw new IllegalStateException(planned.howOften);
                };
                if (date.isAfter(to) || (end != null && !date.isBefore(end.date))) {
                    return count;
                }
                if (!date.isBefore(from)) {
                    count++;
                }
            }
        }
    }

    private final List<Fact> facts = new ArrayList<>();
    private final Set<Fact> inError = new HashSet<>();
    private final Map<String, LocalDate> births = new HashMap<>();
    private final Map<String, Boolean> homesWithin = new HashMap<>();

    static LocalDate today() {
        return LocalDate.now(COUNCIL);
    }

    // ---- recording

    Fact record(Kind kind, LocalDate date, List<String> children, Fact dependsOn) {
        Fact fact = new Fact(facts.size(), kind, date, children, dependsOn);
        facts.add(fact);
        return fact;
    }

    void home(String id, boolean withinAuthority) {
        homesWithin.put(id, withinAuthority);
    }

    Fact child(String id, LocalDate bornOn) {
        births.put(id, bornOn);
        Fact fact = record(Kind.ChildRegistered, today(), List.of(id), null);
        fact.child = id;
        return fact;
    }

    LocalDate bornOn(String child) {
        return births.get(child);
    }

    /** Records the correction: from now on the fact (and what depends on it) no longer stands. */
    Fact markInError(Fact fact) {
        inError.add(fact);
        Fact correction = record(Kind.RecordMarkedInError, today(), fact.children, null);
        correction.corrects = fact;
        return correction;
    }

    boolean markedInError(Fact fact) {
        return inError.contains(fact);
    }

    boolean stands(Fact fact) {
        for (Fact f = fact; f != null; f = f.dependsOn) {
            if (inError.contains(f)) {
                return false;
            }
        }
        return true;
    }

    /** Not marked in error itself, but fallen with a fact it depends on. */
    boolean fallenWithAnother(Fact fact) {
        return !inError.contains(fact) && !stands(fact);
    }

    List<Fact> facts() {
        return facts;
    }

    /** Every fact that concerns the child, in the order recorded: the child's history. */
    List<Fact> historyOf(String child) {
        return facts.stream().filter(f -> f.children.contains(child)).toList();
    }

    private List<Fact> standing(Kind kind) {
        return facts.stream().filter(f -> f.kind == kind && stands(f)).toList();
    }

    private static Fact last(List<Fact> facts) {
        return facts.isEmpty() ? null : facts.get(facts.size() - 1);
    }

    // ---- a child's record

    List<Episode> episodes(String child) {
        List<Episode> episodes = new ArrayList<>();
        for (Fact start : standing(Kind.EpisodeStarted)) {
            if (!start.child.equals(child)) {
                continue;
            }
            Fact end = last(standing(Kind.EpisodeEnded).stream().filter(f -> f.subject.equals(start.subject)).toList());
            Comparator<Fact> byDate = Comparator.comparing((Fact f) -> f.date).thenComparing(f -> f.seq);
            List<Fact> changes = standing(Kind.EpisodeCategoryChanged).stream()
                    .filter(f -> f.subject.equals(start.subject)).sorted(byDate).toList();
            List<Fact> placements = standing(Kind.ChildPlaced).stream().filter(f -> f.subject.equals(start.subject))
                    .sorted(byDate).toList();
            episodes.add(new Episode(start, end == null ? null : end.date, changes, placements));
        }
        episodes.sort(Comparator.comparing(e -> e.start().date));
        return episodes;
    }

    Episode episodeOn(String child, LocalDate day) {
        return episodes(child).stream().filter(e -> e.holdsOn(day)).findFirst().orElse(null);
    }

    Episode episode(String child, String episodeId) {
        return episodes(child).stream().filter(e -> e.id().equals(episodeId)).findFirst().orElse(null);
    }

    String categoryOn(String child, LocalDate day) {
        Episode episode = episodeOn(child, day);
        return episode == null ? null : episode.categoryOn(day);
    }

    String homeOn(String child, LocalDate day) {
        Episode episode = episodeOn(child, day);
        Fact placement = episode == null ? null : episode.placementOn(day);
        return placement == null ? null : placement.home;
    }

    boolean accommodatedOn(String child, LocalDate day) {
        return AWAY.equals(categoryOn(child, day));
    }

    /** Whether an episode may begin on the day: every other episode ended on or before it. */
    boolean episodeMayStart(String child, LocalDate day) {
        return !day.isBefore(births.get(child))
                && episodes(child).stream().allMatch(e -> e.end() != null && !e.end().isAfter(day));
    }

    /**
     * The service's answer to a move of the child to the home on the day: null when it is
     * recorded, else the refusal's code (the child's own rules first, then brothers and sisters).
     */
    String moveRefusal(String child, String home, LocalDate day) {
        Episode episode = episodeOn(child, day);
        if (episode == null) {
            return "NO_OPEN_EPISODE";
        }
        Fact last = episode.lastPlacement();
        if (last != null && !day.isAfter(last.date)) {
            return "DATE_OUT_OF_ORDER";
        }
        if (last != null && last.home.equals(home)) {
            return "ALREADY_LIVES_THERE";
        }
        return leftApart(child, home, day).isEmpty() ? null : "SEPARATION_NOT_APPROVED";
    }

    /** The separation rule: brothers and sisters accommodated on the day, in another home, with no approval covering them. */
    Set<String> leftApart(String child, String home, LocalDate day) {
        Set<String> apart = new java.util.TreeSet<>();
        for (Link link : links()) {
            String other = link.otherThan(child);
            if (other == null || other.equals(child) || !link.inForceOn(day) || !accommodatedOn(other, day)) {
                continue;
            }
            String theirs = homeOn(other, day);
            if (theirs != null && !theirs.equals(home) && !covered(child, other, day)) {
                apart.add(other);
            }
        }
        return apart;
    }

    // ---- brothers and sisters, separations, family time

    List<Link> links() {
        List<Link> links = new ArrayList<>();
        for (Fact recorded : standing(Kind.BrothersAndSistersRecorded)) {
            Fact end = last(standing(Kind.BrothersAndSistersEnded).stream()
                    .filter(f -> f.subject.equals(recorded.subject)).toList());
            links.add(new Link(recorded, end == null ? null : end.date));
        }
        return links;
    }

    Link link(String relationshipId) {
        return links().stream().filter(l -> l.recorded().subject.equals(relationshipId)).findFirst().orElse(null);
    }

    /** The command side's "already recorded": a standing relationship between the two with no end. */
    boolean relatedNow(String x, String y) {
        return links().stream().anyMatch(l -> l.joins(x, y) && l.ended() == null);
    }

    List<Separation> separations() {
        List<Separation> separations = new ArrayList<>();
        for (Fact request : standing(Kind.SeparationRequested)) {
            Predicate<Fact> of = f -> f.subject.equals(request.subject);
            Fact approval = last(standing(Kind.SeparationApproved).stream().filter(of).toList());
            Fact refusal = last(standing(Kind.SeparationRefused).stream().filter(of).toList());
            Fact end = last(standing(Kind.SeparationEnded).stream().filter(of).toList());
            List<Fact> reviews = standing(Kind.SeparationReviewed).stream().filter(of)
                    .sorted(Comparator.comparing((Fact f) -> f.date).thenComparing(f -> f.seq)).toList();
            separations.add(new Separation(request, approval, refusal, end, reviews));
        }
        return separations;
    }

    Separation separation(String id) {
        return separations().stream().filter(s -> s.request().subject.equals(id)).findFirst().orElse(null);
    }

    boolean covered(String x, String y, LocalDate day) {
        return separations().stream().anyMatch(s -> s.covers(x, y, day));
    }

    List<Plan> plans() {
        List<Plan> plans = new ArrayList<>();
        for (Fact planned : standing(Kind.FamilyTimePlanned)) {
            Predicate<Fact> of = f -> f.subject.equals(planned.subject);
            Fact end = last(standing(Kind.FamilyTimePlanEnded).stream().filter(of).toList());
            plans.add(new Plan(planned, end, standing(Kind.FamilyTimeRecorded).stream().filter(of).toList()));
        }
        return plans;
    }

    Plan plan(String id) {
        return plans().stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    // ---- the measures; each over the children in scope (null: every child)

    private Set<String> childrenIn(Set<String> scope) {
        return scope == null ? births.keySet() : scope;
    }

    Map<String, BigDecimal> togetherness(LocalDate day, Set<String> scope) {
        Map<String, String> homes = new HashMap<>();
        for (String child : childrenIn(scope)) {
            if (accommodatedOn(child, day)) {
                homes.put(child, homeOn(child, day));
            }
        }
        Map<String, Set<String>> neighbours = new HashMap<>();
        for (Link link : links()) {
            if (link.inForceOn(day) && homes.containsKey(link.a()) && homes.containsKey(link.b())
                    && !link.a().equals(link.b())) {
                neighbours.computeIfAbsent(link.a(), k -> new HashSet<>()).add(link.b());
                neighbours.computeIfAbsent(link.b(), k -> new HashSet<>()).add(link.a());
            }
        }
        long all = 0;
        long some = 0;
        long none = 0;
        for (var entry : neighbours.entrySet()) {
            String home = homes.get(entry.getKey());
            long sharing = home == null ? 0 : entry.getValue().stream().filter(o -> home.equals(homes.get(o))).count();
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
            List<String> memberHomes = members.stream().map(homes::get).toList();
            List<String> housed = memberHomes.stream().filter(Objects::nonNull).toList();
            if (housed.size() == members.size() && new HashSet<>(housed).size() == 1) {
                together++;
            } else if (new HashSet<>(housed).size() == housed.size()) {
                apart++;
            }
        }
        long children = neighbours.size();
        Map<String, BigDecimal> figures = new TreeMap<>();
        figures.put("children", BigDecimal.valueOf(children));
        share(figures, "livingWithAll", all, children);
        share(figures, "livingWithSome", some, children);
        share(figures, "livingWithNone", none, children);
        figures.put("groups.count", BigDecimal.valueOf(groups));
        figures.put("groups.allTogether", BigDecimal.valueOf(together));
        figures.put("groups.partlyTogether", BigDecimal.valueOf(groups - together - apart));
        figures.put("groups.allApart", BigDecimal.valueOf(apart));
        return figures;
    }

    Map<String, BigDecimal> localCare(LocalDate day, Set<String> scope) {
        long accommodated = 0;
        long within = 0;
        for (String child : childrenIn(scope)) {
            if (accommodatedOn(child, day)) {
                accommodated++;
                String home = homeOn(child, day);
                if (home != null && homesWithin.get(home)) {
                    within++;
                }
            }
        }
        Map<String, BigDecimal> figures = new TreeMap<>();
        figures.put("accommodated", BigDecimal.valueOf(accommodated));
        share(figures, "withinAuthority", within, accommodated);
        return figures;
    }

    Map<String, BigDecimal> moves(LocalDate from, LocalDate to, Set<String> scope) {
        long lookedAfter = 0;
        long oneOrMore = 0;
        long threeOrMore = 0;
        long unplanned = 0;
        for (String child : childrenIn(scope)) {
            List<Episode> episodes = episodes(child);
            boolean during = episodes.stream().flatMap(e -> e.categoryPeriods().stream()).anyMatch(p ->
                    LOOKED_AFTER.contains((String) p[2]) && !((LocalDate) p[0]).isAfter(to)
                            && (p[1] == null || ((LocalDate) p[1]).isAfter(from)));
            if (!during) {
                continue;
            }
            lookedAfter++;
            long moves = 0;
            for (Episode episode : episodes) {
                List<Fact> placements = episode.placements();
                for (int i = 1; i < placements.size(); i++) {
                    Fact move = placements.get(i);
                    if (!move.date.isBefore(from) && !move.date.isAfter(to)) {
                        moves++;
                        if ("UNPLANNED".equals(move.ending)) {
                            unplanned++;
                        }
                    }
                }
            }
            oneOrMore += moves >= 1 ? 1 : 0;
            threeOrMore += moves >= 3 ? 1 : 0;
        }
        Map<String, BigDecimal> figures = new TreeMap<>();
        figures.put("childrenLookedAfter", BigDecimal.valueOf(lookedAfter));
        share(figures, "oneOrMoreMoves", oneOrMore, lookedAfter);
        share(figures, "threeOrMoreMoves", threeOrMore, lookedAfter);
        figures.put("unplannedEndings", BigDecimal.valueOf(unplanned));
        return figures;
    }

    /** Family time over the period: per plan holding in it, planned (due), happened and did not happen. */
    Map<String, List<Long>> familyTimeByPlan(LocalDate from, LocalDate to, Set<String> scope) {
        Map<String, List<Long>> byPlan = new LinkedHashMap<>();
        for (Plan plan : plans()) {
            if (scope != null && !scope.containsAll(plan.planned().children)) {
                continue;
            }
            if (plan.planned().date.isAfter(to) || (plan.end() != null && !plan.end().date.isAfter(from))) {
                continue;
            }
            long happened = plan.sessions().stream().filter(s -> s.happened && within(s.date, from, to)).count();
            long didNot = plan.sessions().stream().filter(s -> !s.happened && within(s.date, from, to)).count();
            byPlan.put(plan.id(), List.of(plan.due(from, to), happened, didNot));
        }
        return byPlan;
    }

    Map<String, BigDecimal> familyTime(LocalDate from, LocalDate to, Set<String> scope) {
        long planned = 0;
        long happened = 0;
        long didNot = 0;
        for (List<Long> figures : familyTimeByPlan(from, to, scope).values()) {
            planned += figures.get(0);
            happened += figures.get(1);
            didNot += figures.get(2);
        }
        Map<String, BigDecimal> figures = new TreeMap<>();
        figures.put("planned", BigDecimal.valueOf(planned));
        figures.put("happened", BigDecimal.valueOf(happened));
        figures.put("didNotHappen", BigDecimal.valueOf(didNot));
        return figures;
    }

    /** The register's approved separations in force on the day: id to [decidedOn, reviewBy, overdue]. */
    Map<String, List<Object>> registerApproved(LocalDate day, Set<String> separationIds) {
        Map<String, List<Object>> approved = new TreeMap<>();
        for (Separation s : separations()) {
            if (separationIds.contains(s.request().subject) && s.approvedOn(day)) {
                LocalDate reviewBy = s.reviewByOn(day);
                approved.put(s.request().subject, java.util.Arrays.asList(s.approval().date, reviewBy,
                        reviewBy != null && reviewBy.isBefore(day)));
            }
        }
        return approved;
    }

    /** The register's brothers and sisters living apart without approval on the day, as "a+b" keys to their homes. */
    Map<String, Set<String>> registerApart(LocalDate day, Set<String> scope) {
        Map<String, Set<String>> apart = new TreeMap<>();
        for (Link link : links()) {
            String a = link.a();
            String b = link.b();
            if (!scope.contains(a) || !scope.contains(b) || !link.inForceOn(day) || !accommodatedOn(a, day)
                    || !accommodatedOn(b, day)) {
                continue;
            }
            String homeA = homeOn(a, day);
            String homeB = homeOn(b, day);
            if (homeA != null && homeB != null && !homeA.equals(homeB) && !covered(a, b, day)) {
                apart.put(pair(a, b), Set.of(homeA, homeB));
            }
        }
        return apart;
    }

    static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "+" + b : b + "+" + a;
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private static void share(Map<String, BigDecimal> figures, String name, long count, long whole) {
        figures.put(name + ".count", BigDecimal.valueOf(count));
        figures.put(name + ".percent", whole == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
    }
}
