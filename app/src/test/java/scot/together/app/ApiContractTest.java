package scot.together.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import scot.together.app.support.CouncilStory;
import scot.together.app.support.Response;
import scot.together.app.support.TogetherTest;

/** What api.md promises every caller: plain-words refusals, roles, sign-in, idempotency and the documentation. */
class ApiContractTest extends TogetherTest {

    static String child;
    static String episode;
    static String home;
    static String otherHome;

    @BeforeAll
    static void aChildInAHome() {
        CouncilStory story = new CouncilStory(api);
        home = story.home("Birch House", "RESIDENTIAL", true);
        otherHome = story.home("Rowan Foster Family", "FOSTER", true);
        child = story.child("Nell", "Contract", "2014-07-07");
        episode = story.accommodated(child, "2025-01-01");
        story.place(child, home, "2025-01-01", null).expect(204);
    }

    private static long events() {
        return new JdbcTemplate(together.bean(DataSource.class))
                .queryForObject("SELECT count(*) FROM events.domain_event_entry", Long.class);
    }

    private static Map<String, Object> newChild(Object givenName, Object familyName, Object dateOfBirth) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("givenName", givenName);
        body.put("familyName", familyName);
        body.put("dateOfBirth", dateOfBirth);
        return body;
    }

    /** Checks a refusal: its status, its code, and a detail in plain words that names what was wrong. */
    private static void refused(Response response, int status, String code, String named) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("code").asText()).isEqualTo(code);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("type").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).contains(named).doesNotContain("Exception").doesNotContain("at scot.");
    }

    @Test
    void badInputIsRefusedInPlainWordsAndRecordsNothing() {
        var worker = api.as("social.worker");
        long before = events();
        String children = "/api/children";

        refused(worker.post(children, "{\"givenName\": \"Ada\", "), 400, "VALIDATION", "not valid JSON");
        refused(worker.post(children, "[{\"givenName\": \"Ada\"}]"), 400, "VALIDATION", "JSON object");
        refused(worker.post(children, newChild(42, "Smith", "2015-01-01")), 400, "VALIDATION", "givenName");
        refused(worker.post(children, newChild(Map.of("first", "Ada"), "Smith", "2015-01-01")), 400, "VALIDATION",
                "givenName");
        refused(worker.post(children, newChild("Ada", "Smith", 20150101)), 400, "VALIDATION", "dateOfBirth");
        refused(worker.post(children, Map.of("givenName", "Ada", "dateOfBirth", "2015-01-01")), 400, "VALIDATION",
                "familyName");
        refused(worker.post(children, newChild("Ada", "Smith", null)), 400, "VALIDATION", "dateOfBirth");
        refused(worker.post(children, newChild("   ", "Smith", "2015-01-01")), 400, "VALIDATION", "givenName");
        refused(worker.post(children, newChild("Ada", "Smith", "2025-02-30")), 400, "VALIDATION", "dateOfBirth");
        refused(worker.post(children, newChild("Ada", "Smith", "1 May 2015")), 400, "VALIDATION", "YYYY-MM-DD");
        refused(worker.post(children, newChild("A".repeat(100_000), "Smith", "2015-01-01")), 400, "VALIDATION",
                "givenName must be at most 100 characters");
        refused(worker.post(children, newChild("Ada", "Smith", "2999-01-01")), 409, "DATE_IN_FUTURE", "1 January 2999");
        refused(worker.post(children, ""), 400, "VALIDATION", "body");

        refused(worker.post("/api/homes", Map.of("name", "Castle", "kind", "CASTLE", "withinAuthority", true)),
                400, "VALIDATION", "kind");
        refused(worker.post("/api/homes", Map.of("name", "Castle", "kind", "FOSTER", "withinAuthority", "maybe")),
                400, "VALIDATION", "withinAuthority");
        refused(worker.post("/api/homes", Map.of("name", "Castle", "kind", "FOSTER")), 400, "VALIDATION",
                "withinAuthority");

        String episodes = children + "/" + child + "/episodes";
        refused(worker.post(episodes, Map.of("startDate", "2025-03-01", "category", "IN_CARE")), 400, "VALIDATION",
                "category");
        refused(worker.post(children + "/not-a-uuid/episodes",
                Map.of("startDate", "2025-03-01", "category", "LOOKED_AFTER_AT_HOME")), 404, "NOT_FOUND", "id");
        refused(worker.post(children + "/7b0d0b8e-3f3a-4a8f-9d86-0b4f1f3f0d11/episodes",
                Map.of("startDate", "2025-03-01", "category", "LOOKED_AFTER_AT_HOME")), 404, "NOT_FOUND",
                "7b0d0b8e-3f3a-4a8f-9d86-0b4f1f3f0d11");
        refused(worker.post(episodes, Map.of("startDate", "2025-03-01", "category", "LOOKED_AFTER_AT_HOME")),
                409, "OVERLAPPING_EPISODE", "2025-01-01");
        refused(worker.post(episodes, Map.of("startDate", "2014-07-06", "category", "LOOKED_AFTER_AT_HOME")),
                409, "DATE_BEFORE_BIRTH", "6 July 2014");
        refused(worker.post(episodes + "/" + episode + "/end", Map.of("endDate", "2999-12-31")), 409,
                "DATE_IN_FUTURE", "31 December 2999");

        String placements = children + "/" + child + "/placements";
        refused(worker.post(placements, Map.of("homeId", "not-an-id", "startDate", "2025-02-01")), 400,
                "VALIDATION", "homeId");
        refused(worker.post(placements, Map.of("homeId", home, "startDate", "2025-02-01",
                "previousHomeEnding", "SUDDEN")), 400, "VALIDATION", "previousHomeEnding");
        refused(worker.post(placements, Map.of("homeId", otherHome, "startDate", "2025-02-01")), 400, "VALIDATION",
                "previousHomeEnding");
        refused(worker.post(placements, Map.of("homeId", home, "startDate", "2025-02-01",
                "previousHomeEnding", "PLANNED")), 409, "ALREADY_LIVES_THERE", "already lives");
        refused(worker.post(placements, Map.of("homeId", otherHome, "startDate", "2024-12-01",
                "previousHomeEnding", "PLANNED")), 409, "NO_OPEN_EPISODE", "2024-12-01");
        refused(worker.post(placements, Map.of("homeId", "7b0d0b8e-3f3a-4a8f-9d86-0b4f1f3f0d11",
                "startDate", "2025-02-01", "previousHomeEnding", "PLANNED")), 404, "NOT_FOUND", "home");

        refused(worker.post(children, newChild("Ada", "Smith", "2015-01-01"), "k".repeat(201)), 400, "VALIDATION",
                "Idempotency-Key");
        refused(send("POST", children, "text/plain", "Ada Smith 2015-01-01"), 415, "UNSUPPORTED_MEDIA_TYPE", "JSON");

        refused(send("PUT", children, "application/json", "{}"), 405, "METHOD_NOT_ALLOWED", "PUT");
        refused(send("DELETE", children + "/" + child, null, null), 405, "METHOD_NOT_ALLOWED", "DELETE");
        refused(worker.get("/api/no-such-thing"), 404, "NOT_FOUND", "nothing at this address");

        assertThat(events()).as("a refused request records nothing").isEqualTo(before);
        assertThat(worker.get(children + "/" + child + "/history").expect(200).json()).hasSize(3);
    }

    /** A request with two dates: the refusal names, in `field`, the one it is about. */
    @Test
    void aRefusalAboutOneOfTwoDatesNamesItsField() {
        CouncilStory story = new CouncilStory(api);
        String other = story.child("Ina", "Contract", "2015-08-08");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        long before = events();
        Response future = api.as("social.worker").post("/api/separations", CouncilStory.separationRequest(
                java.util.List.of(child, other), today.plusDays(1).toString(), today.plusMonths(3).toString()));
        refused(future, 409, "DATE_IN_FUTURE", "assessment");
        assertThat(future.json().get("field").asText()).isEqualTo("assessment.completedOn");
        Response early = api.as("social.worker").post("/api/separations", CouncilStory.separationRequest(
                java.util.List.of(child, other), "2025-03-01", "2025-02-01"));
        refused(early, 400, "VALIDATION", "The review date (1 February 2025)");
        assertThat(early.json().get("field").asText()).isEqualTo("reviewBy");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void badReportQuestionsAreRefusedInPlainWords() {
        var reader = api.as("board.member");
        refused(reader.get("/api/reports/moves?from=2025-07-31&to=2024-08-01"), 400, "VALIDATION", "'to'");
        refused(reader.get("/api/reports/moves?from=2024-08-01"), 400, "VALIDATION", "'to'");
        refused(reader.get("/api/reports/moves?to=2024-08-01"), 400, "VALIDATION", "'from'");
        refused(reader.get("/api/reports/moves?from=2025-02-30&to=2025-03-01"), 400, "VALIDATION", "'from'");
        refused(reader.get("/api/reports/local-care"), 400, "VALIDATION", "'asAt'");
        refused(reader.get("/api/reports/local-care?asAt=yesterday"), 400, "VALIDATION", "'asAt'");
        refused(reader.get("/api/reports/local-care?asAt=2025-01-01&format=xlsx"), 400, "VALIDATION", "format");
        refused(reader.get("/api/children/not-a-uuid/history"), 404, "NOT_FOUND", "id");
        refused(api.as("social.worker").get("/api/children/7b0d0b8e-3f3a-4a8f-9d86-0b4f1f3f0d11"), 404, "NOT_FOUND",
                "7b0d0b8e-3f3a-4a8f-9d86-0b4f1f3f0d11");
    }

    @Test
    void aBoardMemberSeesTheHistoryPseudonymisedButNeverTheRecord() {
        refused(api.as("board.member").get("/api/children/" + child), 403, "FORBIDDEN", "role");
        Response history = api.as("board.member").get("/api/children/" + child + "/history").expect(200);
        assertThat(history.json()).hasSize(3);
        assertThat(history.body()).doesNotContain("Nell").doesNotContain("Contract").doesNotContain("2014-07-07");
        assertThat(history.json().get(0).get("summary").asText()).matches("Child C-[A-Z0-9]{8} registered");
        assertThat(api.as("social.worker").get("/api/children/" + child + "/history").expect(200).json()
                .get(0).get("summary").asText()).isEqualTo("Nell Contract registered, born 7 July 2014");
        assertThat(api.as("board.member").get("/api/reports/local-care?asAt=2025-02-01").status()).isEqualTo(200);
    }

    @Test
    void onlyThoseWhoRecordChildrenMayRegisterOne() {
        for (String user : new String[] {"admin", "head.of.education", "head.of.cfsw", "board.member"}) {
            refused(api.as(user).post("/api/children", newChild("Ada", "Smith", "2015-01-01")), 403, "FORBIDDEN",
                    "role");
        }
        refused(api.as("admin").get("/api/children/" + child), 403, "FORBIDDEN", "role");
        api.as("head.of.service").post("/api/children", newChild("Ada", "Smith", "2015-01-01")).expect(201);
    }

    @Test
    void whoeverIsNotSignedInIsAskedToSignIn() {
        for (Response response : new Response[] {
                api.anonymous().get("/api/children/" + child),
                api.as("nobody").get("/api/children/" + child),
                api.as("social.worker", "not-demo").get("/api/children/" + child),
                api.anonymous().post("/api/children", newChild("Ada", "Smith", "2015-01-01"))}) {
            assertThat(response.status()).as(response.body()).isEqualTo(401);
            assertThat(response.code()).isEqualTo("UNAUTHORIZED");
            assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
            assertThat(response.body()).doesNotContain("Nell");
        }
    }

    @Test
    void whoRecordedSomethingComesFromTheSignInNeverFromTheBody() {
        Map<String, Object> body = newChild("Ola", "Who", "2016-06-06");
        body.put("recordedBy", "mallory");
        body.put("role", "ADMIN");
        String id = api.as("head.of.service").post("/api/children", body).id();
        JsonNode history = api.as("social.worker").get("/api/children/" + id + "/history").expect(200).json();
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("recordedBy").asText()).isEqualTo("head.of.service");
        assertThat(history.get(0).get("role").asText()).isEqualTo("HEAD_OF_SERVICE");
    }

    @Test
    void aRepeatedIdempotencyKeyRecordsOnceForTheSameUserOnly() {
        long before = events();
        Response first = api.as("social.worker").post("/api/children", newChild("Kit", "Once", "2017-01-01"), "key-1");
        Response again = api.as("social.worker").post("/api/children", newChild("Kit", "Once", "2017-01-01"), "key-1");
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(events()).isEqualTo(before + 1);

        Response otherUser = api.as("social.worker2").post("/api/children", newChild("Kit", "Once", "2017-01-01"),
                "key-1");
        assertThat(otherUser.id()).isNotEqualTo(first.id());
        assertThat(events()).isEqualTo(before + 2);
        api.as("social.worker").get("/api/children/" + first.id()).expect(200);
        api.as("social.worker").get("/api/children/" + otherUser.id()).expect(200);
    }

    @Test
    void anIdempotencyKeyReusedForADifferentRequestIsRefusedAndRecordsNothing() {
        String child = api.as("social.worker").post("/api/children", newChild("Lou", "Reuse", "2016-02-02"),
                "key-reused").id();
        long before = events();
        Response home = api.as("social.worker").post("/api/homes",
                Map.of("name", "Alder House", "kind", "RESIDENTIAL", "withinAuthority", true), "key-reused");
        assertThat(home.status()).isEqualTo(409);
        assertThat(home.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(home.json().get("detail").asText()).contains("new key");
        assertThat(events()).isEqualTo(before);
        assertThat(api.as("social.worker").post("/api/children", newChild("Lou", "Reuse", "2016-02-02"),
                "key-reused").id()).isEqualTo(child);
    }

    @Test
    void theApiIsDocumentedAndHealthIsOpenToAll() {
        Response docs = api.anonymous().get("/v3/api-docs").expect(200);
        assertThat(docs.header("Content-Type")).startsWith("application/json");
        assertThat(docs.json().at("/info/title").asText()).isEqualTo("Together");
        JsonNode paths = docs.json().get("paths");
        assertThat(paths.has("/api/children")).isTrue();
        assertThat(paths.has("/api/reports/moves")).isTrue();
        assertThat(paths.has("/api/admin/read-models/rebuild")).isTrue();

        Response ui = send("GET", "/swagger-ui/index.html", null, null);
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("swagger");
        assertThat(api.anonymous().get("/swagger-ui.html").status()).isIn(200, 302);

        Response health = api.anonymous().get("/actuator/health").expect(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
        assertThat(health.json().size()).isEqualTo(1);
    }

    /** A raw request as social.worker, for what the test client does not send (another Content-Type). */
    private static Response send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(together.baseUri() + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("social.worker:demo".getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
