package scot.together.app.corrections;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import scot.together.api.child.ChildEpisodes;
import scot.together.api.child.EpisodeSummary;
import scot.together.api.childpage.ChildArrangements;
import scot.together.api.childpage.ChildArrangementsView;
import scot.together.app.corrections.CouncilModel.Episode;
import scot.together.app.corrections.CouncilModel.Fact;
import scot.together.app.corrections.CouncilModel.Kind;
import scot.together.app.corrections.CouncilModel.Link;
import scot.together.app.corrections.CouncilModel.Separation;
import scot.together.app.support.Api;
import scot.together.app.support.CouncilStory;
import scot.together.app.support.Response;

/**
 * One random council history, drawn from its seed: a few children and homes, episodes, moves,
 * brothers and sisters, a separation asked for and decided, family time; then up to three
 * records marked in error (of any kind the child's history offers), each often followed by the
 * right record in its place; then probe moves. Every command is sent with the answer the oracle
 * expects; afterwards the pages and reports are read and compared with the oracle. The history
 * has its own children and homes, so what it records touches no other history's figures.
 */
final class CouncilHistory {

    static final String WORKER = "social.worker";
    static final String HEAD = "head.of.service";

    /** The days the reports are read on; events fall on them, the day before and the day after. */
    static final List<LocalDate> CHECK_DAYS = Stream.of("2022-06-30", "2023-03-31", "2023-12-31", "2024-07-31",
            "2025-05-15").map(LocalDate::parse).toList();
    static final List<LocalDate[]> MOVE_PERIODS = List.of(period("2022-06-30", "2023-12-31"),
            period("2024-01-01", "2025-05-15"));
    static final List<LocalDate[]> FAMILY_TIME_PERIODS = List.of(period("2022-06-30", "2024-07-31"),
            period("2024-08-01", "2025-12-31"));
    /** The days events happen on. */
    static final List<LocalDate> DAYS;

    static {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (LocalDate day : CHECK_DAYS) {
            days.addAll(List.of(day.minusDays(1), day, day.plusDays(1)));
        }
        Stream.of("2022-01-10", "2022-09-15", "2023-06-20", "2023-09-01", "2024-02-14", "2024-11-05", "2025-01-20",
                "2025-09-30", "2025-12-01").map(LocalDate::parse).forEach(days::add);
        DAYS = List.copyOf(days);
    }

    private static final String[] HOME_KINDS = {"FOSTER", "KINSHIP", "RESIDENTIAL", "ADOPTIVE", "SUPPORTED_LODGINGS"};
    private static final String[] NAMES = {"Ailsa", "Bruce", "Catriona", "Dougie", "Eilidh", "Fraser"};
    private static final String[] HOW_OFTEN = {"WEEKLY", "FORTNIGHTLY", "MONTHLY", "QUARTERLY"};
    private static final String[] RELATIONSHIPS = {"FULL", "HALF", "STEP", "OTHER"};

    final long seed;
    final CouncilModel model = new CouncilModel();
    final List<String> children = new ArrayList<>();
    final List<String> homes = new ArrayList<>();
    final List<String> separations = new ArrayList<>();
    final List<String> plans = new ArrayList<>();
    final Map<Kind, Integer> corrected = new EnumMap<>(Kind.class);
    /** Moves sent, by the answer the oracle expected: "recorded" or the refusal's code. */
    final Map<String, Integer> moveAnswers = new TreeMap<>();
    /** The commands that put the right record in place of one marked in error, by what they were. */
    final Map<String, Integer> rightRecords = new TreeMap<>();

    private final Random random;
    private final Api api;
    private final QueryGateway queries;
    private final Findings findings;
    /** Set once the service answered a command otherwise than expected: the rest of the history is not sent. */
    private boolean derailed;

    CouncilHistory(long seed, Api api, QueryGateway queries, Findings findings) {
        this.seed = seed;
        this.random = new Random(seed);
        this.api = api;
        this.queries = queries;
        this.findings = findings;
    }

    Set<String> scope() {
        return Set.copyOf(children);
    }

    // ---------------------------------------------------------------- the history

    void record() {
        int homeCount = 2 + random.nextInt(3);
        for (int i = 0; i < homeCount; i++) {
            boolean within = random.nextInt(3) > 0;
            String id = api.as(WORKER).post("/api/homes", Map.of("name", "Home " + seed + "-" + i,
                    "kind", HOME_KINDS[random.nextInt(HOME_KINDS.length)], "withinAuthority", within)).id();
            homes.add(id);
            model.home(id, within);
        }
        int childCount = 2 + random.nextInt(4);
        for (int i = 0; i < childCount; i++) {
            LocalDate born = LocalDate.of(2006, 1, 1).plusDays(random.nextInt(2500));
            String id = api.as(WORKER).post("/api/children", Map.of("givenName", NAMES[i],
                    "familyName", "History" + seed, "dateOfBirth", born.toString())).id();
            children.add(id);
            model.child(id, born);
        }
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < childCount; i++) {
            for (int j = i + 1; j < childCount; j++) {
                if (random.nextInt(100) < 55) {
                    pairs.add(new String[] {children.get(i), children.get(j)});
                }
            }
        }
        if (pairs.isEmpty()) {
            pairs.add(new String[] {children.get(0), children.get(1)});
        }
        List<String[]> late = new ArrayList<>();
        for (String[] pair : pairs) {
            if (random.nextInt(100) < 70) {
                relate(pair[0], pair[1], "recording brothers and sisters");
            } else {
                late.add(pair);
            }
        }
        if (random.nextInt(100) < 70) {
            separation();
        }
        List<String> order = new ArrayList<>(children);
        Collections.shuffle(order, random);
        for (String child : order) {
            episodes(child);
        }
        for (String[] pair : late) {
            relate(pair[0], pair[1], "recording brothers and sisters");
        }
        for (Link link : model.links()) {
            if (random.nextInt(100) < 15) {
                endRelationship(link, "ending brothers and sisters");
            }
        }
        if (random.nextInt(100) < 75) {
            familyTime(pick(List.of(children.subList(0, Math.min(3, childCount)), children)));
        }
        int roll = random.nextInt(100);
        int corrections = roll < 10 ? 0 : roll < 45 ? 1 : roll < 75 ? 2 : 3;
        for (int i = 0; i < corrections && !derailed; i++) {
            correctOne();
        }
        int probes = 2 + random.nextInt(3);
        for (int i = 0; i < probes && !derailed; i++) {
            probeMove();
        }
    }

    private void relate(String a, String b, String what) {
        if (derailed || model.relatedNow(a, b)) {
            return;
        }
        LocalDate since = random.nextInt(100) < 60 ? LocalDate.of(2013, 1, 1) : pick(DAYS);
        String kind = RELATIONSHIPS[random.nextInt(RELATIONSHIPS.length)];
        Response answer = command(what, WORKER, "/api/brothers-and-sisters",
                Map.of("childId", a, "otherChildId", b, "kind", kind, "since", since.toString()), null);
        if (answer != null) {
            Fact fact = model.record(Kind.BrothersAndSistersRecorded, since, List.of(a, b), null);
            fact.subject = answer.json().get("id").asText();
            fact.child = a;
            fact.other = b;
        }
    }

    private void endRelationship(Link link, String what) {
        LocalDate day = dayAfter(link.recorded().date.minusDays(1), null);
        if (derailed || day == null || link.ended() != null) {
            return;
        }
        if (command(what, WORKER, "/api/brothers-and-sisters/" + link.recorded().subject + "/end",
                Map.of("date", day.toString(), "reason", "No longer holds"), null) != null) {
            model.record(Kind.BrothersAndSistersEnded, day, link.recorded().children, link.recorded()).subject =
                    link.recorded().subject;
        }
    }

    private void separation() {
        List<String> members = new ArrayList<>(children);
        Collections.shuffle(members, random);
        members = List.copyOf(members.subList(0, 2 + random.nextInt(children.size() - 1)));
        LocalDate assessed = DAYS.get(random.nextInt(DAYS.size() * 2 / 3));
        LocalDate reviewBy = assessed.plusMonths(3 + random.nextInt(13));
        Response answer = command("asking for a separation", WORKER, "/api/separations",
                CouncilStory.separationRequest(members, assessed.toString(), reviewBy.toString()), null);
        if (answer == null) {
            return;
        }
        Fact request = model.record(Kind.SeparationRequested, CouncilModel.today(), members, null);
        request.subject = answer.json().get("id").asText();
        request.reviewBy = reviewBy;
        request.assessedOn = assessed;
        separations.add(request.subject);
        int decision = random.nextInt(100);
        if (decision < 60) {
            approve(request.subject, "approving a separation");
            if (random.nextInt(100) < 40) {
                review(request.subject, "reviewing a separation");
            }
            if (random.nextInt(100) < 30) {
                endSeparation(request.subject, "ending a separation");
            }
        } else if (decision < 85) {
            Separation s = model.separation(request.subject);
            if (command("refusing a separation", HEAD, "/api/separations/" + request.subject + "/refuse",
                    Map.of("reason", "They should live together"), null) != null) {
                model.record(Kind.SeparationRefused, CouncilModel.today(), members, s.request()).subject =
                        request.subject;
            }
        }
    }

    private void approve(String id, String what) {
        Separation s = model.separation(id);
        if (derailed || s == null) {
            return;
        }
        LocalDate decided = random.nextInt(100) < 10 ? null : dayAfter(s.request().assessedOn.minusDays(1), null);
        Map<String, Object> body = new HashMap<>(Map.of("comment", "Agreed"));
        if (decided != null) {
            body.put("decidedOn", decided.toString());
        }
        String refusal = s.status().equals("REQUESTED") ? null : "ALREADY_DECIDED";
        if (command(what, HEAD, "/api/separations/" + id + "/approve", body, refusal) != null) {
            model.record(Kind.SeparationApproved, decided == null ? CouncilModel.today() : decided,
                    s.request().children, s.request()).subject = id;
        }
    }

    private void review(String id, String what) {
        Separation s = model.separation(id);
        if (derailed || s == null || !s.status().equals("APPROVED")) {
            return;
        }
        LocalDate reviewed = dayAfter(s.earliestReview().minusDays(1), null);
        if (reviewed == null) {
            return;
        }
        boolean carryOn = random.nextInt(100) < 70;
        LocalDate next = carryOn ? reviewed.plusMonths(2 + random.nextInt(8)) : null;
        Map<String, Object> body = new HashMap<>(Map.of("reviewedOn", reviewed.toString(),
                "outcome", carryOn ? "CONTINUE" : "REUNITE"));
        if (next != null) {
            body.put("nextReviewBy", next.toString());
        }
        if (command(what, HEAD, "/api/separations/" + id + "/reviews", body, null) != null) {
            Fact fact = model.record(Kind.SeparationReviewed, reviewed, s.request().children, s.approval());
            fact.subject = id;
            fact.reviewBy = next;
        }
    }

    private void endSeparation(String id, String what) {
        Separation s = model.separation(id);
        if (derailed || s == null || !s.status().equals("APPROVED")) {
            return;
        }
        LocalDate day = dayAfter(s.approval().date.minusDays(1), null);
        if (day != null && command(what, WORKER, "/api/separations/" + id + "/end",
                Map.of("date", day.toString(), "reason", "Living together again"), null) != null) {
            model.record(Kind.SeparationEnded, day, s.request().children, s.approval()).subject = id;
        }
    }

    private void episodes(String child) {
        int count = random.nextInt(100) < 80 ? 1 : 2;
        LocalDate after = null;
        for (int e = 0; e < count && !derailed; e++) {
            LocalDate start = e == 0 ? DAYS.get(random.nextInt(DAYS.size() * 2 / 3)) : dayAfter(after.minusDays(1), null);
            if (start == null) {
                return;
            }
            int roll = random.nextInt(100);
            String category = roll < 75 ? CouncilModel.AWAY : roll < 90 ? CouncilModel.AT_HOME
                    : roll < 95 ? "PREVIOUSLY_LOOKED_AFTER" : "CARE_EXPERIENCED_INFORMAL";
            Fact started = startEpisode(child, start, category, "starting an episode");
            if (started == null) {
                return;
            }
            boolean homes = CouncilModel.LOOKED_AFTER.contains(category);
            LocalDate cursor = start;
            if (homes && random.nextInt(100) < 80) {
                move(child, start, "a move (the separation rule's answer)");
            }
            int steps = random.nextInt(5);
            for (int k = 0; k < steps && !derailed; k++) {
                cursor = dayAfter(cursor, null, 3);
                if (cursor == null) {
                    break;
                }
                int what = random.nextInt(100);
                if (homes && what < 65) {
                    move(child, cursor, "a move (the separation rule's answer)");
                } else if (what < 90) {
                    changeCategory(child, started.subject, cursor, "changing an episode's category");
                }
            }
            if (e + 1 < count || random.nextInt(100) < 45) {
                LocalDate end = endEpisode(child, started.subject, "ending an episode");
                if (end == null) {
                    return;
                }
                after = end;
            }
        }
    }

    private Fact startEpisode(String child, LocalDate day, String category, String what) {
        if (derailed) {
            return null;
        }
        String refusal = model.episodeMayStart(child, day) ? null : "OVERLAPPING_EPISODE";
        Response answer = command(what, WORKER, "/api/children/" + child + "/episodes",
                Map.of("startDate", day.toString(), "category", category), refusal);
        if (answer == null) {
            return null;
        }
        Fact fact = model.record(Kind.EpisodeStarted, day, List.of(child), null);
        fact.subject = answer.json().get("id").asText();
        fact.child = child;
        fact.category = category;
        return fact;
    }

    private void changeCategory(String child, String episodeId, LocalDate day, String what) {
        Episode episode = model.episode(child, episodeId);
        if (derailed || episode == null || episode.end() != null || !day.isAfter(episode.lastCategoryChange())) {
            return;
        }
        int roll = random.nextInt(100);
        String category = roll < 12 ? "PREVIOUSLY_LOOKED_AFTER"
                : CouncilModel.AWAY.equals(episode.latestCategory()) ? CouncilModel.AT_HOME : CouncilModel.AWAY;
        if (category.equals(episode.latestCategory())) {
            return;
        }
        if (command(what, WORKER, "/api/children/" + child + "/episodes/" + episodeId + "/category",
                Map.of("date", day.toString(), "category", category), null) != null) {
            Fact fact = model.record(Kind.EpisodeCategoryChanged, day, List.of(child), episode.start());
            fact.subject = episodeId;
            fact.child = child;
            fact.category = category;
        }
    }

    private LocalDate endEpisode(String child, String episodeId, String what) {
        Episode episode = model.episode(child, episodeId);
        if (derailed || episode == null || episode.end() != null) {
            return null;
        }
        LocalDate day = dayAfter(episode.latestChange(), null, 4);
        if (day == null || command(what, WORKER, "/api/children/" + child + "/episodes/" + episodeId + "/end",
                Map.of("endDate", day.toString(), "reason", "Went home"), null) == null) {
            return null;
        }
        Fact fact = model.record(Kind.EpisodeEnded, day, List.of(child), episode.start());
        fact.subject = episodeId;
        fact.child = child;
        return day;
    }

    /** A move of the child on the day, to a brother's or sister's home then or to one of the history's homes. */
    private void move(String child, LocalDate day, String what) {
        Episode episode = model.episodeOn(child, day);
        if (derailed || episode == null) {
            return;
        }
        List<String> theirs = new ArrayList<>();
        for (Link link : model.links()) {
            String other = link.otherThan(child);
            if (other != null && link.inForceOn(day) && model.homeOn(other, day) != null) {
                theirs.add(model.homeOn(other, day));
            }
        }
        Fact last = episode.lastPlacement();
        List<String> choices = new ArrayList<>(!theirs.isEmpty() && random.nextBoolean() ? theirs : homes);
        if (last != null) {
            choices.removeIf(last.home::equals);
        }
        if (choices.isEmpty()) {
            choices = new ArrayList<>(homes);
            if (last != null) {
                choices.removeIf(last.home::equals);
            }
        }
        moveTo(child, pick(choices), day, what);
    }

    /** Sends the move with the answer the oracle expects; whether it was recorded. */
    private boolean moveTo(String child, String home, LocalDate day, String what) {
        if (derailed) {
            return false;
        }
        Episode episode = model.episodeOn(child, day);
        String ending = episode == null || episode.lastPlacement() == null ? null
                : random.nextInt(100) < 40 ? "UNPLANNED" : "PLANNED";
        Map<String, Object> body = new HashMap<>(Map.of("homeId", home, "startDate", day.toString()));
        if (ending != null) {
            body.put("previousHomeEnding", ending);
        }
        String refusal = model.moveRefusal(child, home, day);
        moveAnswers.merge(refusal == null ? "recorded" : refusal, 1, Integer::sum);
        String apart = refusal == null ? "" : " apart from " + model.leftApart(child, home, day);
        Response answer = command(what, WORKER, "/api/children/" + child + "/placements", body, refusal, apart);
        if (answer == null) {
            return false;
        }
        if (episode == null) {
            derailed = true;
            findings.same(seed, "the oracle can follow the history", "a move recorded outside any episode the oracle"
                    + " knows", "no move", "a move of " + child + " on " + day);
            return true;
        }
        Fact fact = model.record(Kind.ChildPlaced, day, List.of(child), episode.start());
        fact.subject = episode.id();
        fact.child = child;
        fact.home = home;
        fact.ending = ending;
        return true;
    }

    private void familyTime(List<String> members) {
        String howOften = HOW_OFTEN[random.nextInt(HOW_OFTEN.length)];
        LocalDate start = DAYS.get(random.nextInt(DAYS.size() * 3 / 4));
        String id = plan(members, howOften, start, "planning family time");
        if (id == null) {
            return;
        }
        LocalDate end = random.nextInt(100) < 30 ? dayAfter(start, null) : null;
        int sessions = random.nextInt(4);
        for (int i = 0; i < sessions; i++) {
            session(id, "recording family time", end);
        }
        if (end != null) {
            endPlan(id, end, "ending a family time plan");
        }
    }

    private String plan(List<String> members, String howOften, LocalDate start, String what) {
        Response answer = command(what, WORKER, "/api/family-time/plans", Map.of("childIds", members,
                "howOften", howOften, "withWhom", "Their brothers and sisters", "startDate", start.toString()), null);
        if (answer == null) {
            return null;
        }
        Fact fact = model.record(Kind.FamilyTimePlanned, start, members, null);
        fact.subject = answer.json().get("id").asText();
        fact.howOften = howOften;
        plans.add(fact.subject);
        return fact.subject;
    }

    /** Family time on a day the plan holds (and before {@code before}, the plan's end to come). */
    private void session(String planId, String what, LocalDate before) {
        CouncilModel.Plan plan = model.plan(planId);
        if (derailed || plan == null) {
            return;
        }
        LocalDate until = before != null ? before : plan.end() != null ? plan.end().date : null;
        LocalDate day = dayAfter(plan.planned().date.minusDays(1), until);
        if (day == null) {
            return;
        }
        boolean happened = random.nextInt(100) < 70;
        Map<String, Object> body = new HashMap<>(Map.of("date", day.toString(), "happened", happened));
        if (!happened) {
            body.put("whyNot", "The carer was ill");
        }
        Response answer = command(what, WORKER, "/api/family-time/plans/" + planId + "/sessions", body, null);
        if (answer != null) {
            Fact fact = model.record(Kind.FamilyTimeRecorded, day, plan.planned().children, plan.planned());
            fact.subject = planId;
            fact.happened = happened;
        }
    }

    private void endPlan(String planId, LocalDate day, String what) {
        CouncilModel.Plan plan = model.plan(planId);
        if (derailed || plan == null || plan.end() != null || day == null || !day.isAfter(plan.planned().date)) {
            return;
        }
        if (command(what, WORKER, "/api/family-time/plans/" + planId + "/end",
                Map.of("date", day.toString(), "reason", "Plan changed"), null) != null) {
            model.record(Kind.FamilyTimePlanEnded, day, plan.planned().children, plan.planned()).subject = planId;
        }
    }

    // ---------------------------------------------------------------- corrections

    /** How often each kind is picked: episode starts and moves most, then approvals and plans, then the rest. */
    private static int weight(Kind kind) {
        return switch (kind) {
            case ChildPlaced, EpisodeStarted -> 8;
            case SeparationApproved, FamilyTimePlanned -> 5;
            case ChildRegistered, RecordMarkedInError -> 0;
            default -> 2;
        };
    }

    /**
     * Whether the fact may be marked in error here: it stands, and marking it leaves a history
     * whose meaning the rules settle (no episodes overlapping, no home followed by itself, no
     * separation's reviews or end left without its approval).
     */
    private boolean correctable(Fact fact) {
        if (weight(fact.kind) == 0 || !model.stands(fact)) {
            return false;
        }
        return switch (fact.kind) {
            case EpisodeEnded -> model.episodes(fact.child).stream()
                    .noneMatch(e -> !e.id().equals(fact.subject) && !e.start().date.isBefore(fact.date));
            case ChildPlaced -> {
                List<Fact> placements = model.episode(fact.child, fact.subject).placements();
                int i = placements.indexOf(fact);
                yield i <= 0 || i == placements.size() - 1
                        || !placements.get(i - 1).home.equals(placements.get(i + 1).home);
            }
            case SeparationApproved -> {
                Separation s = model.separation(fact.subject);
                yield s.reviews().isEmpty() && s.end() == null;
            }
            case BrothersAndSistersEnded -> !model.relatedNow(fact.children.get(0), fact.children.get(1));
            default -> true;
        };
    }

    /** Picks a kind among those that can be marked (by the kinds' weights), then one record of it. */
    private void correctOne() {
        Map<Kind, List<Fact>> byKind = new EnumMap<>(Kind.class);
        model.facts().stream().filter(this::correctable)
                .forEach(f -> byKind.computeIfAbsent(f.kind, k -> new ArrayList<>()).add(f));
        int total = byKind.keySet().stream().mapToInt(CouncilHistory::weight).sum();
        if (total == 0) {
            return;
        }
        int roll = random.nextInt(total);
        Fact chosen = null;
        for (Map.Entry<Kind, List<Fact>> kind : byKind.entrySet()) {
            roll -= weight(kind.getKey());
            if (roll < 0) {
                chosen = pick(kind.getValue());
                break;
            }
        }
        if (chosen.eventId == null) {
            chosen.children.forEach(this::readHistory);
        }
        if (chosen.eventId == null) {
            findings.same(seed, "the child's history offers every record to mark in error", chosen.toString(),
                    "an entry for it", "none");
            derailed = true;
            return;
        }
        if (command("marking a record in error (" + chosen.kind + ")", WORKER,
                "/api/records/" + chosen.eventId + "/in-error", Map.of("reason", "Recorded in error"), null) == null) {
            return;
        }
        model.markInError(chosen);
        corrected.merge(chosen.kind, 1, Integer::sum);
        if (random.nextInt(100) < 75) {
            rightRecordFor(chosen);
        }
    }

    /** What a social worker does next: records the right record in place of the one in error. */
    private void rightRecordFor(Fact wrong) {
        switch (wrong.kind) {
            case EpisodeStarted -> {
                LocalDate day = random.nextBoolean() ? wrong.date : dayAfter(wrong.date, null);
                if (day != null && model.episodeMayStart(wrong.child, day)) {
                    right("the right episode after the wrong one was marked in error");
                    if (startEpisode(wrong.child, day, CouncilModel.AWAY,
                            "the right episode after the wrong one was marked in error") != null
                            && random.nextBoolean()) {
                        move(wrong.child, day, "a move (the separation rule's answer)");
                    }
                }
            }
            case ChildPlaced -> rightMoveFor(wrong);
            case SeparationApproved -> {
                right("approving again after the approval was marked in error");
                approve(wrong.subject, "approving again after the approval was marked in error");
            }
            case SeparationRefused -> {
                right("approving after the refusal was marked in error");
                approve(wrong.subject, "approving after the refusal was marked in error");
            }
            case SeparationEnded -> {
                right("ending the separation again after its end was marked in error");
                endSeparation(wrong.subject, "ending the separation again after its end was marked in error");
            }
            case SeparationReviewed -> {
                right("reviewing again after a review was marked in error");
                review(wrong.subject, "reviewing again after a review was marked in error");
            }
            case FamilyTimePlanned -> {
                right("planning family time again after the plan was marked in error");
                String id = plan(wrong.children, HOW_OFTEN[random.nextInt(HOW_OFTEN.length)],
                        pick(DAYS.subList(0, DAYS.size() - 2)),
                        "planning family time again after the plan was marked in error");
                if (id != null && random.nextBoolean()) {
                    session(id, "recording family time", null);
                }
            }
            case FamilyTimePlanEnded -> {
                CouncilModel.Plan plan = model.plan(wrong.subject);
                if (plan != null && random.nextBoolean()) {
                    right("recording family time after the plan's end was marked in error");
                    // a day after the end marked in error counts now the plan holds again
                    LocalDate day = dayAfter(wrong.date.minusDays(1), null);
                    if (day != null) {
                        recordSessionOn(plan, day, "recording family time after the plan's end was marked in error");
                    }
                } else if (plan != null) {
                    right("ending the plan again after its end was marked in error");
                    endPlan(wrong.subject, dayAfter(plan.planned().date, null),
                            "ending the plan again after its end was marked in error");
                }
            }
            case FamilyTimeRecorded -> session(wrong.subject, "recording family time", null);
            case BrothersAndSistersRecorded -> {
                right("recording the relationship again after it was marked in error");
                relate(wrong.child, wrong.other, "recording the relationship again after it was marked in error");
            }
            case BrothersAndSistersEnded -> {
                Link link = model.link(wrong.subject);
                if (link != null) {
                    right("ending the relationship again after its end was marked in error");
                    endRelationship(link, "ending the relationship again after its end was marked in error");
                }
            }
            case EpisodeEnded -> {
                right("ending the episode again after its end was marked in error");
                endEpisode(wrong.child, wrong.subject, "ending the episode again after its end was marked in error");
            }
            case EpisodeCategoryChanged -> {
                Episode episode = model.episode(wrong.child, wrong.subject);
                if (episode != null && episode.end() == null) {
                    LocalDate day = dayAfter(episode.lastCategoryChange(), null);
                    if (day != null && day.isAfter(episode.lastCategoryChange())) {
                        right("changing the category after a change was marked in error");
                        changeCategory(wrong.child, wrong.subject, day,
                                "changing the category after a change was marked in error");
                    }
                }
            }
            default -> {
            }
        }
    }

    private void recordSessionOn(CouncilModel.Plan plan, LocalDate day, String what) {
        Response answer = command(what, WORKER, "/api/family-time/plans/" + plan.id() + "/sessions",
                Map.of("date", day.toString(), "happened", true), null);
        if (answer != null) {
            Fact fact = model.record(Kind.FamilyTimeRecorded, day, plan.planned().children, plan.planned());
            fact.subject = plan.id();
            fact.happened = true;
        }
    }

    /** After a move marked in error: the right move, a brother's or sister's move to where the child really lives, or moving the child "back". */
    private void rightMoveFor(Fact wrong) {
        Episode episode = model.episode(wrong.child, wrong.subject);
        if (episode == null) {
            return;
        }
        Fact last = episode.lastPlacement();
        int choice = random.nextInt(3);
        if (choice == 0) {
            LocalDate day = dayAfter(last == null ? episode.start().date.minusDays(1) : last.date, episode.end());
            if (day != null) {
                right("the right move after a move was marked in error");
                move(wrong.child, day, "the right move after a move was marked in error");
            }
        } else if (choice == 1) {
            LocalDate day = dayAfter(wrong.date.minusDays(1), episode.end());
            // only a child looked after away from home keeps a brother or sister from another home
            String really = day == null || !model.accommodatedOn(wrong.child, day) ? null
                    : model.homeOn(wrong.child, day);
            if (really == null) {
                return;
            }
            for (Link link : model.links()) {
                String other = link.otherThan(wrong.child);
                Episode theirs = other == null ? null : model.episodeOn(other, day);
                if (theirs != null && link.inForceOn(day)
                        && (theirs.lastPlacement() == null || (day.isAfter(theirs.lastPlacement().date)
                        && !really.equals(theirs.lastPlacement().home)))) {
                    right("a brother's or sister's move to where the child really lives");
                    moveTo(other, really, day, "a brother's or sister's move to where the child really lives, after"
                            + " the child's move was marked in error");
                    return;
                }
            }
        } else if (last != null && !wrong.date.isBefore(last.date)) {
            // the move in error was the latest: the child still lives in the home before it
            LocalDate day = dayAfter(wrong.date, episode.end());
            if (day != null) {
                right("moving the child back after their move was marked in error");
                moveTo(wrong.child, last.home, day, "moving the child back after their move was marked in error");
            }
        }
    }

    private void right(String what) {
        rightRecords.merge(what, 1, Integer::sum);
    }

    /** A move of a random child with an episode on a random day it may happen. */
    private void probeMove() {
        String child = pick(children);
        List<Episode> episodes = model.episodes(child);
        if (episodes.isEmpty()) {
            return;
        }
        Episode episode = pick(episodes);
        Fact last = episode.lastPlacement();
        LocalDate day = dayAfter(last == null ? episode.start().date.minusDays(1) : last.date, episode.end());
        if (day != null) {
            move(child, day, "a probe move (the separation rule's answer)");
        }
    }

    // ---------------------------------------------------------------- the service's answers

    private Response command(String what, String user, String path, Object body, String refusal) {
        return command(what, user, path, body, refusal, "");
    }

    /**
     * Sends the command, expecting it recorded (refusal null) or refused with that code; the
     * answer if it was recorded, else null. A different answer is a finding, and the rest of
     * the history is not sent (the oracle follows what was recorded, so the checks still hold).
     */
    private Response command(String what, String user, String path, Object body, String refusal, String why) {
        if (derailed) {
            return null;
        }
        long start = System.nanoTime();
        Response answer = api.as(user).post(path, body);
        COMMANDS.record(System.nanoTime() - start);
        boolean recorded = answer.status() / 100 == 2;
        String expected = refusal == null ? "recorded" : "refused " + refusal;
        String actual = recorded ? "recorded" : "refused " + answer.code();
        if (!expected.equals(actual)) {
            findings.same(seed, "answer to " + what, "POST " + path + " " + body + why, expected,
                    actual + (recorded ? "" : " (" + answer.status() + ": " + answer.json().path("detail").asText()
                            + ")"));
            derailed = true;
        }
        return recorded ? answer : null;
    }

    // ---------------------------------------------------------------- reading it back

    /** Time spent waiting for the service's answers, for the run's report (not asserted). */
    static final Timing COMMANDS = new Timing();
    static final Timing READS = new Timing();

    /** How many requests, and how long they took in all (from every thread). */
    static final class Timing {
        private final java.util.concurrent.atomic.AtomicLong count = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();

        void record(long took) {
            count.incrementAndGet();
            nanos.addAndGet(took);
        }

        @Override
        public String toString() {
            return count.get() + " taking " + nanos.get() / 1_000_000 / Math.max(1, count.get()) + " ms each";
        }
    }

    private Response get(String path) {
        long start = System.nanoTime();
        try {
            return api.as(WORKER).get(path);
        } finally {
            READS.record(System.nanoTime() - start);
        }
    }

    /** Reads the child's history, checks it against the oracle's, and learns each event's id. */
    void readHistory(String child) {
        checkHistory(child, "");
    }

    private void checkHistory(String child, String phase) {
        JsonNode history = get("/api/children/" + child + "/history").expect(200).json();
        List<Fact> expected = model.historyOf(child);
        List<String> expectedTypes = expected.stream().map(f -> f.kind.name()).toList();
        List<String> actualTypes = new ArrayList<>();
        history.forEach(e -> actualTypes.add(e.get("type").asText()));
        if (!findings.same(seed, "the child's history lists every record, in order" + phase, child, expectedTypes,
                actualTypes)) {
            return;
        }
        for (int i = 0; i < expected.size(); i++) {
            Fact fact = expected.get(i);
            JsonNode entry = history.get(i);
            fact.eventId = entry.get("eventId").asText();
            findings.same(seed, "the child's history: the day it happened" + phase, fact.toString(),
                    fact.date.toString(), entry.get("effectiveDate").asText());
            if (model.markedInError(fact)) {
                findings.same(seed, "the child's history: marked in error" + phase, fact.toString(), true,
                        entry.get("inError").asBoolean());
            } else if (model.stands(fact)) {
                findings.same(seed, "the child's history: a record that stands is not marked in error" + phase,
                        fact.toString(), false, entry.get("inError").asBoolean());
            }
        }
    }

    /** The child's history, record, page and every per-child and per-history answer, against the oracle. */
    void checkPages(String phase) {
        LocalDate today = CouncilModel.today();
        for (String child : children) {
            checkHistory(child, phase);
            JsonNode record = get("/api/children/" + child).expect(200).json();
            findings.same(seed, "the child's record today: category" + phase, child,
                    model.categoryOn(child, today), text(record.get("category")));
            findings.same(seed, "the child's record today: home" + phase, child, model.homeOn(child, today),
                    text(record.get("homeId")));
            Set<String> brothersAndSisters = new TreeSet<>();
            Set<String> relationships = new TreeSet<>();
            for (Link link : model.links()) {
                if (link.otherThan(child) != null && link.inForceOn(today)) {
                    brothersAndSisters.add(link.otherThan(child));
                    relationships.add(link.recorded().subject);
                }
            }
            findings.same(seed, "the child's record today: brothers and sisters" + phase, child, brothersAndSisters,
                    new TreeSet<>(record.get("brothersAndSisters").findValuesAsText("childId")));

            ChildArrangementsView page = queries.query(new ChildArrangements(UUID.fromString(child)),
                    ChildArrangementsView.class).join();
            findings.same(seed, "the child's page: brothers and sisters" + phase, child, relationships,
                    ids(page.brothersAndSisters().stream().map(r -> r.relationshipId())));
            Set<String> plansInForce = new TreeSet<>();
            for (CouncilModel.Plan plan : model.plans()) {
                if (plan.planned().children.contains(child) && (plan.end() == null || plan.end().date.isAfter(today))) {
                    plansInForce.add(plan.id());
                }
            }
            findings.same(seed, "the child's page: family time plans in force" + phase, child, plansInForce,
                    ids(page.familyTime().stream().map(p -> p.planId())));
            Set<String> separationsInForce = new TreeSet<>();
            for (Separation s : model.separations()) {
                if (s.request().children.contains(child) && s.status().equals("APPROVED")) {
                    separationsInForce.add(s.request().subject);
                }
            }
            findings.same(seed, "the child's page: separations in force" + phase, child, separationsInForce,
                    ids(page.separations().stream().map(s -> s.separationId())));

            List<EpisodeSummary> episodes = queries.query(new ChildEpisodes(UUID.fromString(child)),
                    ResponseTypes.multipleInstancesOf(EpisodeSummary.class)).join();
            List<String> expectedEpisodes = model.episodes(child).stream().map(CouncilHistory::describe).toList();
            List<String> actualEpisodes = episodes.stream().map(e -> e.startDate() + ".." + e.endDate() + " "
                    + e.category() + " " + e.homes().stream().map(s -> s.homeId() + " " + s.from() + ".." + s.to())
                    .toList()).toList();
            findings.same(seed, "the child's page: episodes and homes" + phase, child, expectedEpisodes,
                    actualEpisodes);
        }

        Map<String, String> statuses = new TreeMap<>();
        for (Separation s : model.separations()) {
            statuses.put(s.request().subject, s.status());
        }
        Map<String, String> listed = new TreeMap<>();
        for (JsonNode s : get("/api/separations").expect(200).json()) {
            if (separations.contains(s.get("id").asText())) {
                listed.put(s.get("id").asText(), s.get("status").asText());
            }
        }
        findings.same(seed, "the separations and their status" + phase, "", statuses, listed);

        List<LocalDate> registerDays = new ArrayList<>(CHECK_DAYS);
        registerDays.add(today);
        for (LocalDate day : registerDays) {
            JsonNode register = get("/api/separations/register?asAt=" + day).expect(200).json();
            Map<String, List<Object>> approved = new TreeMap<>();
            for (JsonNode a : register.get("approved")) {
                if (separations.contains(a.get("id").asText())) {
                    approved.put(a.get("id").asText(), java.util.Arrays.asList(LocalDate.parse(
                            a.get("decidedOn").asText()), a.get("reviewBy").isNull() ? null
                            : LocalDate.parse(a.get("reviewBy").asText()), a.get("reviewOverdue").asBoolean()));
                }
            }
            findings.same(seed, "the register: approved separations in force, with review dates" + phase,
                    "as at " + day, model.registerApproved(day, Set.copyOf(separations)), approved);
            Map<String, Set<String>> apart = new TreeMap<>();
            for (JsonNode a : register.get("apartWithoutApproval")) {
                String x = a.get("childId").asText();
                String y = a.get("otherChildId").asText();
                if (children.contains(x) && children.contains(y)) {
                    apart.put(CouncilModel.pair(x, y), Set.of(a.get("homeId").asText(), a.get("otherHomeId").asText()));
                }
            }
            findings.same(seed, "the register: brothers and sisters apart without approval" + phase, "as at " + day,
                    model.registerApart(day, scope()), apart);
        }

        for (LocalDate[] period : FAMILY_TIME_PERIODS) {
            JsonNode report = get("/api/reports/family-time?from=" + period[0] + "&to=" + period[1]).expect(200)
                    .json();
            Map<String, List<Long>> byPlan = new TreeMap<>();
            for (JsonNode p : report.get("plans")) {
                if (plans.contains(p.get("planId").asText())) {
                    byPlan.put(p.get("planId").asText(), List.of(p.get("planned").asLong(), p.get("happened").asLong(),
                            p.get("didNotHappen").asLong()));
                }
            }
            findings.same(seed, "family time report: each plan's planned, happened, did not happen" + phase,
                    period[0] + ".." + period[1], new TreeMap<>(model.familyTimeByPlan(period[0], period[1], scope())),
                    byPlan);
        }
    }

    private static String describe(Episode e) {
        List<String> stays = new ArrayList<>();
        List<Fact> placements = e.placements();
        for (int i = 0; i < placements.size(); i++) {
            LocalDate to = i + 1 < placements.size() ? placements.get(i + 1).date : e.end();
            stays.add(placements.get(i).home + " " + placements.get(i).date + ".." + to);
        }
        return e.start().date + ".." + e.end() + " " + e.latestCategory() + " " + stays;
    }

    // ---------------------------------------------------------------- the reports over the whole service

    static String familyTimeKey(LocalDate[] period) {
        return "family time " + period[0] + ".." + period[1];
    }

    /** Every report the property reads, as JSON by name. */
    static Map<String, JsonNode> readReports(Api api) {
        Map<String, JsonNode> reports = new LinkedHashMap<>();
        Api.Session board = api.as("board.member");
        for (LocalDate day : reportDays()) {
            reports.put("togetherness " + day, board.get("/api/reports/togetherness?asAt=" + day).expect(200).json());
            reports.put("local care " + day, board.get("/api/reports/local-care?asAt=" + day).expect(200).json());
        }
        for (LocalDate[] p : MOVE_PERIODS) {
            reports.put("moves " + p[0] + ".." + p[1],
                    board.get("/api/reports/moves?from=" + p[0] + "&to=" + p[1]).expect(200).json());
        }
        for (LocalDate[] p : FAMILY_TIME_PERIODS) {
            reports.put(familyTimeKey(p),
                    board.get("/api/reports/family-time?from=" + p[0] + "&to=" + p[1]).expect(200).json());
        }
        return reports;
    }

    static List<LocalDate> reportDays() {
        List<LocalDate> days = new ArrayList<>(CHECK_DAYS);
        days.add(CouncilModel.today());
        return days;
    }

    /** The oracle's figures for every report, over this history's children (or every child: null). */
    Map<String, Map<String, BigDecimal>> expectedReports(Set<String> scope) {
        Map<String, Map<String, BigDecimal>> reports = new LinkedHashMap<>();
        for (LocalDate day : reportDays()) {
            reports.put("togetherness " + day, model.togetherness(day, scope));
            reports.put("local care " + day, model.localCare(day, scope));
        }
        for (LocalDate[] p : MOVE_PERIODS) {
            reports.put("moves " + p[0] + ".." + p[1], model.moves(p[0], p[1], scope));
        }
        for (LocalDate[] p : FAMILY_TIME_PERIODS) {
            reports.put(familyTimeKey(p), model.familyTime(p[0], p[1], scope));
        }
        return reports;
    }

    /** The numbers in a report's answer, by path ("livingWithAll.count"), leaving out lists. */
    static Map<String, BigDecimal> figures(JsonNode report) {
        Map<String, BigDecimal> figures = new TreeMap<>();
        collect(report, "", figures);
        return figures;
    }

    private static void collect(JsonNode node, String prefix, Map<String, BigDecimal> into) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = prefix + field.getKey();
            if (field.getValue().isNumber()) {
                into.put(name, field.getValue().decimalValue());
            } else if (field.getValue().isObject()) {
                collect(field.getValue(), name + ".", into);
            }
        }
    }

    /** Counts only (not percentages): what adds up over histories. */
    static Map<String, BigDecimal> counts(Map<String, BigDecimal> figures) {
        Map<String, BigDecimal> counts = new TreeMap<>();
        figures.forEach((k, v) -> {
            if (!k.endsWith("percent")) {
                counts.put(k, v.stripTrailingZeros());
            }
        });
        return counts;
    }

    /**
     * Checks that each report changed, over a batch of histories recorded side by side, by what
     * the oracle says those histories add.
     */
    static void checkReportChanges(List<CouncilHistory> batch, Map<String, JsonNode> before,
                                   Map<String, JsonNode> after, Findings findings) {
        Map<String, Map<String, BigDecimal>> expected = new LinkedHashMap<>();
        for (CouncilHistory history : batch) {
            history.expectedReports(history.scope()).forEach((report, figures) -> counts(figures).forEach((k, v) ->
                    expected.computeIfAbsent(report, r -> new TreeMap<>()).merge(k, v, BigDecimal::add)));
        }
        for (String report : expected.keySet()) {
            Map<String, BigDecimal> was = counts(figures(before.get(report)));
            Map<String, BigDecimal> change = new TreeMap<>();
            counts(figures(after.get(report))).forEach((k, v) -> change.put(k,
                    v.subtract(was.getOrDefault(k, BigDecimal.ZERO)).stripTrailingZeros()));
            Map<String, BigDecimal> adds = new TreeMap<>();
            expected.get(report).forEach((k, v) -> adds.put(k, v.stripTrailingZeros()));
            findings.same(batch.get(0).seed, report.replaceAll(" [0-9].*", "") + ": what these histories add",
                    report + ", histories of seeds " + batch.stream().map(h -> h.seed).toList(), adds, change);
        }
    }

    /** What the history recorded, in order, with what was marked in error: to read beside a finding. */
    String story() {
        StringBuilder story = new StringBuilder("history of seed " + seed + " (children " + children + ", homes "
                + homes + "):\n");
        for (Fact fact : model.facts()) {
            story.append("  ").append(fact.seq).append(' ').append(fact.kind).append(' ').append(fact.date)
                    .append(' ').append(fact.children.size() == 1 ? fact.children.get(0) : fact.children)
                    .append(fact.subject == null ? "" : " subject " + fact.subject)
                    .append(fact.home == null ? "" : " home " + fact.home)
                    .append(fact.ending == null ? "" : " " + fact.ending)
                    .append(fact.category == null ? "" : " " + fact.category)
                    .append(fact.kind == Kind.FamilyTimeRecorded ? (fact.happened ? " happened" : " did not happen") : "")
                    .append(fact.reviewBy == null ? "" : " review by " + fact.reviewBy)
                    .append(fact.corrects == null ? "" : " corrects #" + fact.corrects.seq)
                    .append(model.markedInError(fact) ? "  [MARKED IN ERROR]" : model.stands(fact) ? ""
                            : "  [falls with what it depends on]").append('\n');
        }
        return story.toString();
    }

    // ---------------------------------------------------------------- days and choices

    private static LocalDate[] period(String from, String to) {
        return new LocalDate[] {LocalDate.parse(from), LocalDate.parse(to)};
    }

    /** A random day of {@link #DAYS} after {@code after} and before {@code before} (both exclusive, null: open). */
    private LocalDate dayAfter(LocalDate after, LocalDate before) {
        return dayAfter(after, before, Integer.MAX_VALUE);
    }

    /** As above, among the first {@code within} such days, so that a history leaves room for what follows. */
    private LocalDate dayAfter(LocalDate after, LocalDate before, int within) {
        List<LocalDate> days = DAYS.stream().filter(d -> (after == null || d.isAfter(after))
                && (before == null || d.isBefore(before))).limit(within).toList();
        return days.isEmpty() ? null : pick(days);
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static Set<String> ids(Stream<UUID> ids) {
        return ids.map(UUID::toString).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }
}
