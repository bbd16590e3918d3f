package scot.together.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import scot.together.app.support.Api;
import scot.together.app.support.CouncilStory;
import scot.together.app.support.Response;
import scot.together.app.support.TogetherTest;

/**
 * Requests as an attacker or a careless client sends them: none gets a 5xx, every refusal under
 * /api is a problem with a stable code, and none records anything. An Idempotency-Key is bound
 * to the request it first came with.
 */
class HostileRequestsTest extends TogetherTest {

    private static final String HOME = "{\"name\":\"x\",\"kind\":\"FOSTER\",\"withinAuthority\":true}";
    private static final ObjectMapper JSON = new ObjectMapper();

    static String child;
    static String otherChild;

    @BeforeAll
    static void twoChildren() {
        CouncilStory story = new CouncilStory(api);
        child = story.child("Ivy", "Hostile", "2015-04-04");
        otherChild = story.child("Jay", "Hostile", "2016-05-05");
    }

    private static long events() {
        return new JdbcTemplate(together.bean(DataSource.class))
                .queryForObject("SELECT count(*) FROM events.domain_event_entry", Long.class);
    }

    /** A problem with that status and code, in plain words. */
    private static JsonNode problem(Response response, int status, String code) {
        return problem(response.status(), response.header("Content-Type"), response.body(), status, code);
    }

    private static JsonNode problem(int actualStatus, String contentType, String body, int status, String code) {
        assertThat(actualStatus).as(body).isEqualTo(status);
        assertThat(contentType).as(body).startsWith("application/problem+json");
        JsonNode problem;
        try {
            problem = JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + body, e);
        }
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("at scot.")
                .doesNotContain("<");
        return problem;
    }

    @Test
    void theSixRequestsThatGot500NowGetProblems() throws IOException {
        long before = events();

        problem(send("GET", "/api/separations", Map.of("Accept", "application/xml"), null), 406, "NOT_ACCEPTABLE");
        problem(send("POST", "/api/homes", Map.of("Content-Type", "*/*"), HOME), 415, "UNSUPPORTED_MEDIA_TYPE");
        problem(api.as("social.worker").post("/api/children/%20/episodes",
                Map.of("startDate", "2024-01-10", "category", "LOOKED_AFTER_AT_HOME")), 404, "NOT_FOUND");
        assertThat(problem(api.as("social.worker").post(
                "/api/exclusions/00000000-0000-0000-0000-000000000001/refuse", "{\"reason\":\"a\",\"reason\":\"b\"}"),
                400, "VALIDATION").get("detail").asText()).contains("reason");
        assertThat(problem(api.as("board.member").get(
                "/api/reports/moves?from=-999999999-01-01&to=%2B999999999-12-31"), 400, "VALIDATION")
                .get("detail").asText()).contains("'from'").contains("1900");
        // as curl sends it: the key's UTF-8 bytes, which no HTTP client library lets through as they are
        String raw = raw(("POST /api/homes HTTP/1.0\r\nAuthorization: " + basic("social.worker")
                + "\r\nContent-Type: application/json\r\nContent-Length: " + HOME.length() + "\r\n")
                .getBytes(StandardCharsets.US_ASCII), "Idempotency-Key: clé-é\r\n\r\n".getBytes(StandardCharsets.UTF_8),
                HOME.getBytes(StandardCharsets.US_ASCII));
        assertThat(problem(status(raw), header(raw, "Content-Type"), body(raw), 400, "VALIDATION")
                .get("detail").asText()).contains("Idempotency-Key");

        assertThat(events()).as("a refused request records nothing").isEqualTo(before);
    }

    @Test
    void everyRefusalOfTheRequestItselfIsAProblem() throws IOException {
        var worker = api.as("social.worker");
        long before = events();

        problem(send("PUT", "/api/children", Map.of("Content-Type", "application/json"), "{}"), 405,
                "METHOD_NOT_ALLOWED");
        problem(send("GET", "/api/children/" + child, Map.of("Accept", "text/csv"), null), 406, "NOT_ACCEPTABLE");
        // a command is refused before it is done, not after
        problem(send("POST", "/api/homes", Map.of("Content-Type", "application/json", "Accept", "application/xml"), HOME),
                406, "NOT_ACCEPTABLE");
        problem(send("POST", "/api/homes", Map.of("Content-Type", "application/json", "Accept", "no/such;;type"), HOME),
                406, "NOT_ACCEPTABLE");
        problem(send("POST", "/api/children", Map.of("Content-Type", "application/json"),
                "{\"givenName\":\"" + "a".repeat(1_100_000) + "\"}"), 413, "CONTENT_TOO_LARGE");
        problem(send("POST", "/api/children", Map.of("Content-Type", "text/plain"), "Ivy"), 415,
                "UNSUPPORTED_MEDIA_TYPE");
        problem(send("POST", "/api/children", Map.of("Content-Type", "application/json; charset=klingon"), "{}"), 415,
                "UNSUPPORTED_MEDIA_TYPE");
        problem(worker.get("/api/no-such-thing"), 404, "NOT_FOUND");
        problem(worker.get("/api"), 404, "NOT_FOUND");
        problem(worker.get("/api/children/" + child + "/no-such-thing"), 404, "NOT_FOUND");
        problem(send("GET", "/api/children/" + child + ";x=1", Map.of(), null), 400, "VALIDATION");
        problem(api.anonymous().get("/api/children/" + child), 401, "UNAUTHORIZED");
        problem(api.as("board.member").post("/api/children", Map.of("givenName", "A", "familyName", "B",
                "dateOfBirth", "2015-01-01")), 403, "FORBIDDEN");
        // an address Tomcat cannot even decode never reaches Spring: still a problem, not Tomcat's HTML page
        String undecodable = raw(("GET /api/children/%zz HTTP/1.0\r\nAuthorization: " + basic("social.worker")
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        problem(status(undecodable), header(undecodable, "Content-Type"), body(undecodable), 400, "VALIDATION");
        String tooLong = raw(("GET /api/children/" + "a".repeat(10_000) + " HTTP/1.0\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        problem(status(tooLong), header(tooLong, "Content-Type"), body(tooLong), 400, "VALIDATION");

        assertThat(events()).isEqualTo(before);
        // the pages keep their own answers (here: sign in first)
        Response page = api.anonymous().get("/no-such-page");
        assertThat(page.status()).isEqualTo(302);
        assertThat(String.valueOf(page.header("Content-Type"))).doesNotStartWith("application/problem+json");
    }

    @Test
    void aHeaderTheFirewallRefusesOnlyWhenItIsReadIsAProblem() throws IOException {
        long before = events();
        // Cyrillic in UTF-8, read by Tomcat as ISO-8859-1, holds C1 control characters
        String raw = raw(("POST /api/homes HTTP/1.0\r\nAuthorization: " + basic("social.worker")
                + "\r\nContent-Type: application/json\r\nContent-Length: " + HOME.length() + "\r\n")
                .getBytes(StandardCharsets.US_ASCII), "Idempotency-Key: ключ\r\n\r\n".getBytes(StandardCharsets.UTF_8),
                HOME.getBytes(StandardCharsets.US_ASCII));
        assertThat(problem(status(raw), header(raw, "Content-Type"), body(raw), 400, "VALIDATION")
                .get("detail").asText()).contains("header");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aTraceIsRefusedAsAProblemAndEchoesNothing() throws IOException {
        long before = events();
        String api = raw(("TRACE /api/children HTTP/1.0\r\nAuthorization: " + basic("social.worker")
                + "\r\nX-Secret: Qzechoed\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        problem(status(api), header(api, "Content-Type"), body(api), 400, "VALIDATION");
        String page = raw("TRACE /children HTTP/1.0\r\nCookie: JSESSIONID=x\r\nX-Secret: Qzechoed\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        assertThat(status(page)).isEqualTo(400);
        for (String answer : List.of(api, page)) {
            assertThat(answer).doesNotContain("Qzechoed").doesNotContain(basic("social.worker"))
                    .doesNotContain("JSESSIONID=x");
        }
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aBodyIsReadOneWayOnly() {
        var worker = api.as("social.worker");
        long before = events();
        String children = "/api/children";

        assertThat(problem(worker.post(children,
                "{\"givenName\":\"Ivy\",\"givenName\":\"Eve\",\"familyName\":\"Twice\",\"dateOfBirth\":\"2015-01-01\"}"),
                400, "VALIDATION").get("detail").asText()).contains("givenName").contains("more than once");
        assertThat(problem(worker.post(children,
                "{\"givenName\":\"Ivy\",\"familyName\":\"Tail\",\"dateOfBirth\":\"2015-01-01\"} {\"givenName\":\"Eve\"}"),
                400, "VALIDATION").get("detail").asText()).contains("after");
        problem(worker.post(children, "{\"givenName\":\"Ivy\",\"familyName\":\"Tail\",\"dateOfBirth\":\"2015-01-01\"}x"),
                400, "VALIDATION");
        for (String date : new String[] {"[2015,1,1]", "{\"year\":2015}", "20150101", "true"}) {
            assertThat(problem(worker.post(children,
                    "{\"givenName\":\"Ivy\",\"familyName\":\"Array\",\"dateOfBirth\":" + date + "}"), 400, "VALIDATION")
                    .get("detail").asText()).as(date).contains("dateOfBirth").contains("YYYY-MM-DD");
        }
        for (String days : new String[] {"3.7", "\"3\"", "1e400"}) {
            assertThat(problem(worker.post("/api/exclusions", "{\"childId\":\"" + child + "\",\"school\":\"Alloa\","
                    + "\"startDate\":\"2025-01-01\",\"days\":" + days + ",\"reason\":\"Fight\"}"), 400, "VALIDATION")
                    .get("detail").asText()).as(days).contains("days");
        }
        assertThat(problem(worker.post("/api/children/" + child + "/episodes",
                "{\"startDate\":[2024,1,10],\"category\":\"LOOKED_AFTER_AT_HOME\"}"), 400, "VALIDATION")
                .get("detail").asText()).contains("startDate");

        assertThat(events()).isEqualTo(before);
    }

    @Test
    void reportPeriodsOutside1900To2200AreRefused() {
        var board = api.as("board.member");
        problem(board.get("/api/reports/moves?from=1899-12-31&to=2024-12-31"), 400, "VALIDATION");
        problem(board.get("/api/reports/moves?from=2024-01-01&to=2201-01-01"), 400, "VALIDATION");
        problem(board.get("/api/reports/togetherness?asAt=0000-01-01"), 400, "VALIDATION");
        board.get("/api/reports/moves?from=1900-01-01&to=2200-12-31").expect(200);
    }

    @Test
    void aKeyReusedForAnotherTargetIsRefusedAndRecordsNothing() {
        var worker = api.as("social.worker");
        Map<String, Object> episode = Map.of("startDate", "2024-01-10", "category", "LOOKED_AFTER_AT_HOME");
        Response first = worker.post("/api/children/" + child + "/episodes", episode, "key-target");
        first.id();
        long before = events();

        Response other = worker.post("/api/children/" + otherChild + "/episodes", episode, "key-target");
        assertThat(problem(other, 409, "IDEMPOTENCY_KEY_REUSED").get("detail").asText()).contains("new key");
        assertThat(events()).isEqualTo(before);
        assertThat(worker.get("/api/children/" + otherChild).expect(200).json().path("category").isTextual())
                .isFalse();

        // the same request again is answered as the first time
        Response again = worker.post("/api/children/" + child + "/episodes", episode, "key-target");
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aKeyReusedForAnotherSeparationIsRefusedAndDecidesNothing() {
        CouncilStory story = new CouncilStory(api);
        List<String> separations = new ArrayList<>();
        for (String family : new String[] {"Birch", "Cedar"}) {
            String older = story.child("Amy", family, "2013-03-03");
            String younger = story.child("Bob", family, "2015-05-05");
            story.brothersAndSisters(older, younger, "FULL", "2015-05-05");
            separations.add(api.as("social.worker").post("/api/separations",
                    CouncilStory.separationRequest(List.of(older, younger), "2025-02-20", "2025-08-01")).id());
        }
        var head = api.as("head.of.service");
        head.post("/api/separations/" + separations.get(0) + "/approve", Map.of("comment", "Agreed"), "key-approve")
                .expect(204);
        long before = events();

        problem(head.post("/api/separations/" + separations.get(1) + "/approve", Map.of("comment", "Agreed"),
                "key-approve"), 409, "IDEMPOTENCY_KEY_REUSED");
        assertThat(events()).isEqualTo(before);
        JsonNode requested = api.as("social.worker").get("/api/separations?status=REQUESTED").expect(200).json();
        assertThat(requested.findValuesAsText("id")).contains(separations.get(1));

        head.post("/api/separations/" + separations.get(0) + "/approve", Map.of("comment", "Agreed"), "key-approve")
                .expect(204);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aKeyReusedWithAnotherBodyIsRefusedButTheSameBodyIsTheSameRequest() {
        var worker = api.as("social.worker");
        String first = worker.post("/api/children",
                "{\"givenName\":\"Kim\",\"familyName\":\"Body\",\"dateOfBirth\":\"2017-07-07\"}", "key-body").id();
        long before = events();

        problem(worker.post("/api/children",
                "{\"givenName\":\"Kit\",\"familyName\":\"Body\",\"dateOfBirth\":\"2017-07-07\"}", "key-body"),
                409, "IDEMPOTENCY_KEY_REUSED");
        problem(worker.post("/api/homes", HOME, "key-body"), 409, "IDEMPOTENCY_KEY_REUSED");
        assertThat(events()).isEqualTo(before);

        // the same fields in another order and spacing are the same request
        assertThat(worker.post("/api/children",
                "{ \"dateOfBirth\": \"2017-07-07\", \"familyName\": \"Body\", \"givenName\": \"Kim\" }", "key-body").id())
                .isEqualTo(first);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void eightRepeatsAtOnceRecordOnce() throws Exception {
        Api.Session worker = api.as("social.worker");
        long before = events();
        int repeats = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(repeats);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < repeats; i++) {
                Callable<Response> repeat = () -> {
                    start.await();
                    return worker.post("/api/children", Map.of("givenName", "Rae", "familyName", "Race",
                            "dateOfBirth", "2018-08-08"), "key-race");
                };
                answers.add(pool.submit(repeat));
            }
            start.countDown();
            List<String> ids = new ArrayList<>();
            for (Future<Response> answer : answers) {
                ids.add(answer.get().id());
            }
            assertThat(ids).hasSize(repeats).containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(events()).isEqualTo(before + 1);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    /** A request as social.worker with the headers given, for what the test client does not send. */
    private static Response send(String method, String path, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(together.baseUri() + path))
                .header("Authorization", basic("social.worker"))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Bytes sent as they are over a socket (HTTP/1.0, so the answer ends when the connection closes). */
    private static String raw(byte[]... parts) throws IOException {
        try (Socket socket = new Socket("localhost", together.port())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            for (byte[] part : parts) {
                out.write(part);
            }
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int status(String raw) {
        return Integer.parseInt(raw.substring(raw.indexOf(' ') + 1, raw.indexOf(' ') + 4));
    }

    private static String header(String raw, String name) {
        for (String line : raw.substring(0, raw.indexOf("\r\n\r\n")).split("\r\n")) {
            if (line.toLowerCase().startsWith(name.toLowerCase() + ":")) {
                return line.substring(name.length() + 1).trim();
            }
        }
        return null;
    }

    private static String body(String raw) {
        return raw.substring(raw.indexOf("\r\n\r\n") + 4);
    }
}
