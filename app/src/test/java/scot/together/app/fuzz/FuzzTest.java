package scot.together.app.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import scot.together.app.support.Api;
import scot.together.app.support.CouncilStory;
import scot.together.app.support.TogetherTest;

/**
 * Issue 10's standard, kept by a fixed seed: thousands of generated requests against every
 * operation in {@code /v3/api-docs} and every form the pages show, as every role and anonymous,
 * valid ones built from what the run created and hostile ones. It fails on any 5xx, any refusal
 * under /api that is not a problem with a code, any event (or access-log row) written by a
 * refused request or any event by a read, and any board answer holding a child's name, date of
 * birth, id or typed text.
 * <p>
 * {@code -Dtogether.fuzz.requests=N} and {@code -Dtogether.fuzz.seed=S} change the run; a finding
 * prints the request that reproduces it.
 */
class FuzzTest extends TogetherTest {

    static final long SEED = Long.getLong("together.fuzz.seed", 20_261_202L);
    static final int REQUESTS = Integer.getInteger("together.fuzz.requests", 10_000);
    static final String ANONYMOUS = "anonymous";
    static final List<String> ROLES = List.of("social.worker", "head.of.service", "head.of.education", "head.of.cfsw",
            "board.member", "admin", ANONYMOUS);
    /** Who sends a valid request, mostly those who record. */
    static final List<String> LIKELY = List.of("social.worker", "social.worker", "social.worker", "head.of.service",
            "head.of.service", "head.of.education", "head.of.cfsw", "board.member", "board.member", "admin", ANONYMOUS);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HostileValues values = new HostileValues(new Random(SEED));
    private final Known known = new Known();
    private final Tally tally = new Tally();
    private final Map<String, PageForms.Session> sessions = new HashMap<>();
    private JdbcTemplate jdbc;
    private Wire wire;

    @Test
    void noAnswerFailsLeaksOrRecordsWhatItRefused() throws Exception {
        jdbc = new JdbcTemplate(together.bean(DataSource.class));
        wire = new Wire(together.port());
        aCouncilsStory();
        JsonNode docs = JSON.readTree(wire.send("GET", "/v3/api-docs", List.of(), null).body());
        List<String> readModels = new ArrayList<>();
        JsonNode status = JSON.readTree(send(api("GET", "/api/admin/read-models", "admin")).body());
        status.path("readModels").forEach(model -> readModels.add(model.path("name").asText()));
        ApiOperations operations = new ApiOperations(docs, values, known, readModels);
        assertThat(operations.all()).as("operations in /v3/api-docs").hasSizeGreaterThan(30);

        PageForms pages = new PageForms(values, known);
        for (String role : ROLES) {
            if (!role.equals(ANONYMOUS)) {
                sessions.put(role, PageForms.signIn(wire, role));
                for (String path : pagesToRead()) {
                    pages.read(wire, sessions.get(role), path);
                }
            }
        }
        List<PageForms.Form> forms = pages.forms();
        assertThat(forms.stream().map(PageForms.Form::key).distinct()).as("page forms").hasSizeGreaterThan(15);
        List<String> links = new ArrayList<>(pages.links());

        long started = System.currentTimeMillis();
        for (int i = 0; i < REQUESTS; i++) {
            boolean valid = values.chance(0.45);
            String role = valid ? values.pick(LIKELY) : values.pick(ROLES);
            double what = values.random().nextDouble();
            Request request;
            if (what < 0.68) {
                ApiOperations.Operation operation = values.pick(operations.all());
                if (operation.path().endsWith("/rebuild") && role.equals("admin")) {
                    role = "head.of.service"; // a rebuild would empty the read models in the middle of the run
                }
                request = operations.request(operation, role, valid);
                authorise(request);
            } else if (what < 0.94) {
                PageForms.Form form = values.pick(forms);
                if (valid && values.chance(0.7)) {
                    role = form.shownTo();
                }
                if (form.action().endsWith("/rebuild") && role.equals("admin")) {
                    role = "head.of.service";
                }
                request = pages.request(form, sessions.get(role), role, valid);
            } else {
                request = pageRead(values.pick(links), role, valid);
            }
            check(request);
            if ((i + 1) % 1000 == 0) {
                System.out.printf("Fuzz: %d requests in %d s%n", i + 1, (System.currentTimeMillis() - started) / 1000);
            }
        }
        boardSweep();
        long millis = System.currentTimeMillis() - started;
        System.out.println(tally.summary(SEED, millis, known.secretCount()));
        wire.close();

        assertThat(tally.findings()).as("findings (see the summary above)").isEmpty();
        for (ApiOperations.Operation operation : operations.all()) {
            assertThat(tally.sent(operation.key())).as(operation.key()).isPositive();
        }
        if (REQUESTS >= 5_000) {
            assertThat(tally.accepted).as("accepted requests: the run reaches deeper than a refusal").isGreaterThan(300);
            assertThat(tally.boardAnswers).as("board answers read").isGreaterThan(100);
        }
    }

    /** A small council, recorded as the API's own tests do, with words and dates the board must never see. */
    private void aCouncilsStory() {
        Api api = together.api();
        CouncilStory story = new CouncilStory(api);
        Api.Session worker = api.as("social.worker");
        List<String> homes = new ArrayList<>();
        for (String kind : List.of("RESIDENTIAL", "KINSHIP", "FOSTER")) {
            String name = values.token() + " House";
            homes.add(story.home(name, kind, values.chance(0.5)));
            known.created("homes", homes.get(homes.size() - 1), Map.of());
            known.typed(name);
        }
        List<List<String>> families = new ArrayList<>();
        for (int family = 0; family < 3; family++) {
            String surname = values.token();
            LocalDate older = values.birthDate();
            LocalDate younger = older.plusDays(values.between(400, 1500));
            List<String> children = new ArrayList<>();
            for (LocalDate born : List.of(older, younger)) {
                String given = values.token();
                String child = story.child(given, surname, born.toString());
                known.created("children", child, Map.of());
                known.typed(given + " " + surname);
                known.bornOn(born);
                children.add(child);
                String episode = story.accommodated(child, "2023-01-05");
                known.created("episodes", episode, Map.of("id", child));
            }
            String relationship = story.brothersAndSisters(children.get(0), children.get(1), "FULL", younger.toString());
            known.created("brothers-and-sisters", relationship, Map.of("childId", children.get(0),
                    "otherChildId", children.get(1)));
            families.add(children);
        }
        List<String> together = families.get(0);
        story.place(together.get(0), homes.get(0), "2023-01-05", null).expect(204);
        story.place(together.get(1), homes.get(0), "2023-01-05", null).expect(204);
        List<String> apart = families.get(1);
        known.created("separations", story.separationAgreed(apart, LocalDate.now().plusMonths(3),
                api.as("head.of.service")), Map.of());
        // apart from today, when the Head of Service agreed
        String today = LocalDate.now().toString();
        story.place(apart.get(0), homes.get(1), today, null).expect(204);
        story.place(apart.get(1), homes.get(2), today, null).expect(204);
        known.created("separations", worker.post("/api/separations", CouncilStory.separationRequest(families.get(2),
                "2025-02-20", LocalDate.now().plusMonths(2).toString())).id(), Map.of());
        String school = values.token() + " Academy";
        known.created("exclusions", worker.post("/api/exclusions", Map.of("childId", together.get(0), "school", school,
                "startDate", LocalDate.now().plusDays(3).toString(), "days", 2, "reason", values.token() + " fought"))
                .id(), Map.of());
        known.typed(school);
        String withWhom = values.token() + " their gran";
        known.created("plans", worker.post("/api/family-time/plans", Map.of("childIds", apart, "howOften", "MONTHLY",
                "withWhom", withWhom, "startDate", "2025-04-01")).id(), Map.of());
        known.typed(withWhom);
        known.created("secure-stays", worker.post("/api/children/" + families.get(2).get(0) + "/secure-stays",
                Map.of("admittedOn", "2025-05-01", "reason", values.token())).id(), Map.of("id", families.get(2).get(0)));
        for (String child : known.children()) {
            known.eventIds(worker.get("/api/children/" + child + "/history").expect(200).body());
        }
    }

    /** Pages with forms, for the children and records of the story, as every role would open them. */
    private List<String> pagesToRead() {
        List<String> paths = new ArrayList<>(List.of("/", "/children/new", "/homes/new", "/separations", "/exclusions",
                "/admin/read-models", "/admin/sign-in-locks", "/board", "/board/audit", "/children?name=Qz"));
        for (String child : known.children()) {
            paths.addAll(List.of("/children/" + child, "/children/" + child + "/episodes/new",
                    "/children/" + child + "/moves/new", "/children/" + child + "/brothers-and-sisters/new",
                    "/children/" + child + "/family-time/new", "/children/" + child + "/physical-interventions/new",
                    "/separations/new?child=" + child, "/exclusions/new?child=" + child,
                    "/exclusions/informal/new?child=" + child));
        }
        for (Map<String, String> episode : known.of("episodes")) {
            paths.add("/children/" + episode.get("id") + "/episodes/" + episode.get("self") + "/end");
        }
        for (Map<String, String> plan : known.of("plans")) {
            paths.add("/children/" + known.children().get(2) + "/family-time/" + plan.get("self"));
        }
        for (String kind : List.of("secure-care-admission", "permanent-plan")) {
            paths.add("/children/" + known.children().get(0) + "/record/" + kind);
        }
        for (Map<String, String> record : known.of("records").subList(0, Math.min(3, known.of("records").size()))) {
            paths.add("/children/" + known.children().get(0) + "/record/in-error/" + record.get("self"));
        }
        for (Map<String, String> separation : known.of("separations")) {
            paths.add("/separations/" + separation.get("self") + "/record/separation-review");
        }
        return paths;
    }

    /** A page read, its ids and query spoilt when hostile. */
    private Request pageRead(String link, String role, boolean valid) {
        Request request = new Request("GET " + PageForms.UUIDS.matcher(link.split("\\?")[0]).replaceAll("{id}"), role,
                true);
        request.method = "GET";
        String target = link;
        if (!valid) {
            Matcher id = PageForms.UUIDS.matcher(target);
            if (id.find() && values.chance(0.4)) {
                target = target.substring(0, id.start()) + values.pick(HostileValues.IDS) + target.substring(id.end());
            }
            String name = values.pick(List.of("from", "to", "asAt", "name", "child", "type", "user", "page", "format"));
            target = target + (target.contains("?") ? "&" : "?") + name + "="
                    + ApiOperations.encode(name.equals("name") || name.equals("user") ? values.string()
                    : values.hostileDate());
            if (target.length() > 4000) {
                target = target.substring(0, 4000);
            }
            if (values.chance(0.2)) {
                request.header("Accept", values.pick(HostileValues.ACCEPTS));
            }
        }
        request.target = target;
        PageForms.Session session = sessions.get(role);
        if (session != null) {
            request.header("Cookie", session.cookie);
        }
        return request;
    }

    private Request api(String method, String target, String role) {
        Request request = new Request(method + " " + PageForms.UUIDS.matcher(target.split("\\?")[0]).replaceAll("{id}"),
                role, false);
        request.method = method;
        request.target = target;
        authorise(request);
        return request;
    }

    private void authorise(Request request) {
        if (!request.role.equals(ANONYMOUS)) {
            request.headers.add(0, new String[] {"Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((request.role + ":demo").getBytes(StandardCharsets.UTF_8))});
        } else if (values.chance(0.1)) {
            request.header("Authorization", values.pick(List.of("Bearer " + values.token(), "Bearer ", "Negotiate x")));
        }
    }

    private Wire.Answer send(Request request) {
        return wire.send(request.method, request.target, request.headers, request.body);
    }

    /** Sends the request and holds its answer to the standard. */
    private void check(Request request) {
        long[] before = counts();
        Wire.Answer answer = send(request);
        long[] after = counts();
        int status = answer.status();
        tally.answered(request, status);
        if (request.page && !request.role.equals(ANONYMOUS) && status == 302
                && String.valueOf(answer.header("Location")).contains("/sign-in")) {
            sessions.put(request.role, PageForms.signIn(wire, request.role));
            tally.finding("SIGNED_OUT", request, status, answer.header("Location"));
        }
        if (status >= 500) {
            tally.finding("5XX", request, status, answer.body());
        }
        if (request.api() && status >= 400 && status < 500) {
            String type = String.valueOf(answer.header("Content-Type"));
            boolean problem = type.startsWith("application/problem+json") && (request.method.equals("HEAD")
                    || !code(answer.body()).isBlank());
            if (!problem) {
                tally.finding("NOT_A_PROBLEM", request, status, type + " " + answer.body());
            }
        }
        boolean accepted = request.page
                ? request.method.equals("POST") && status / 100 == 3 && !String.valueOf(answer.header("Location")).contains("sign-in")
                : status / 100 == 2 && !request.method.equals("GET") && !request.method.equals("HEAD")
                && !request.method.equals("OPTIONS");
        if (accepted) {
            tally.accepted++;
            accepted(request, answer);
        } else {
            if (status >= 400 || request.page && request.method.equals("POST")) {
                tally.refused++;
            }
            if (after[0] != before[0]) {
                tally.finding("RECORDED_BY_REFUSAL", request, status, (after[0] - before[0]) + " events");
            }
            if (request.api() && status >= 400 && after[1] != before[1]) {
                tally.finding("ACCESS_LOG_BY_REFUSAL", request, status, answer.body());
            }
        }
        if (status == 200 && request.role.equals("board.member")) {
            tally.boardAnswers++;
            List<String> leaked = known.leaked(answer.body(), request.target);
            if (!leaked.isEmpty()) {
                tally.finding("BOARD_SAW", request, status, leaked + " in " + answer.body());
            }
        }
        if (status == 200 && answer.body().contains("\"eventId\"")) {
            known.eventIds(answer.body());
        }
    }

    private void accepted(Request request, Wire.Answer answer) {
        known.typed(request.typed.toString());
        if (request.bornOn != null) {
            known.bornOn(request.bornOn);
        }
        String id = null;
        if (request.page) {
            Matcher child = PageForms.UUIDS.matcher(String.valueOf(answer.header("Location")));
            if ("children".equals(request.creates) && child.find()) {
                id = child.group();
            }
        } else if (answer.status() == 201) {
            try {
                id = JSON.readTree(answer.body()).path("id").asText(null);
            } catch (Exception e) {
                tally.finding("CREATED_WITHOUT_ID", request, answer.status(), answer.body());
            }
        }
        if (id != null && request.creates != null) {
            known.created(request.creates, id, request.at);
        }
    }

    /** Every answer the board may read, for every child the run created, once more at the end. */
    private void boardSweep() {
        String today = LocalDate.now().toString();
        String ever = "from=2000-01-01&to=" + today;
        List<String> paths = new ArrayList<>();
        for (String report : List.of("/api/reports/moves?" + ever, "/api/reports/local-care?asAt=2025-06-15",
                "/api/reports/exclusions?" + ever, "/api/reports/restraint-and-secure-care?" + ever,
                "/api/reports/permanence?asAt=" + today, "/api/reports/togetherness?asAt=" + today,
                "/api/reports/togetherness/trend?from=2024-01-01&to=" + today + "&step=month",
                "/api/reports/family-time?" + ever, "/api/audit?from=" + today + "&to=" + today,
                "/api/separations/register?asAt=" + today)) {
            paths.add(report);
            paths.add(report + "&format=csv");
        }
        paths.add("/api/board/dashboard?" + ever + "&asAt=" + today);
        List<String> children = known.children();
        for (String child : children.subList(Math.max(0, children.size() - 40), children.size())) {
            paths.add("/api/children/" + child + "/history");
            paths.add("/api/children/" + child + "/audit");
        }
        for (String path : paths) {
            check(api("GET", path, "board.member"));
        }
        for (String path : List.of("/board", "/board?" + ever + "&asAt=" + today, "/board/audit?" + ever)) {
            Request page = new Request("GET " + path.split("\\?")[0], "board.member", true);
            page.method = "GET";
            page.target = path;
            page.header("Cookie", sessions.get("board.member").cookie);
            check(page);
        }
    }

    private long[] counts() {
        return jdbc.queryForObject("SELECT (SELECT count(*) FROM events.domain_event_entry),"
                + " (SELECT count(*) FROM query.access_log)", (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)});
    }

    private static String code(String body) {
        try {
            return JSON.readTree(body).path("code").asText("");
        } catch (Exception e) {
            return "";
        }
    }
}
