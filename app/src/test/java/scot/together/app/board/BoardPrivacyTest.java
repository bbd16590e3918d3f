package scot.together.app.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.together.app.support.CouncilStory;
import scot.together.app.support.Response;
import scot.together.app.support.TogetherTest;

/**
 * Children with distinctive names, dates of birth and ids, whose free text names them too; then
 * every answer a board member may read, JSON and CSV, holds none of it.
 */
class BoardPrivacyTest extends TogetherTest {

    static final String TODAY = LocalDate.now(ZoneId.of("Europe/London")).toString();
    static final String EVER = "from=2020-01-01&to=" + TODAY;
    /** Names, dates of birth, ids and text typed by a person: home names, schools, assessments, "with whom". */
    static final List<String> SECRETS = new ArrayList<>(List.of("Zebedee", "Quillfeather", "Marigold",
            "Thistlewaite", "2009-10-23", "2011-03-17", "Oberon", "2012-07-09", "Riverside House", "Hillfoots Carers", "Alloa Academy",
            "Kirkton sibling assessment", "Gran Fraser"));
    static final List<String> CHILDREN = new ArrayList<>();

    @BeforeAll
    static void recordChildrenWhoMustNotBeRecognised() {
        CouncilStory story = new CouncilStory(api);
        String zebedee = story.child("Zebedee", "Quillfeather", "2009-10-23");
        String marigold = story.child("Marigold", "Thistlewaite", "2011-03-17");
        CHILDREN.addAll(List.of(zebedee, marigold));
        SECRETS.addAll(CHILDREN);
        String house = story.home("Riverside House", "RESIDENTIAL", true);
        String carers = story.home("Hillfoots Carers", "FOSTER", false);
        String episode = story.accommodated(zebedee, "2024-01-05");
        story.place(zebedee, house, "2024-01-05", null).expect(204);
        story.place(zebedee, carers, "2024-04-01", "UNPLANNED").expect(204);
        story.endEpisode(zebedee, episode, "2024-09-01");
        story.accommodated(marigold, "2024-02-01");
        story.place(marigold, house, "2024-02-01", null).expect(204);

        String exclusion = api.as("social.worker").post("/api/exclusions", Map.of("childId", zebedee,
                "school", "Alloa Academy", "startDate", "2024-08-20", "days", 2,
                "reason", "Zebedee Quillfeather fought in class")).id();
        api.as("head.of.education").post("/api/exclusions/" + exclusion + "/approve",
                Map.of("comment", "Zebedee needs the shortest time out")).expect(204);
        api.as("head.of.cfsw").post("/api/exclusions/" + exclusion + "/approve",
                Map.of("comment", "Quillfeather family agree")).expect(204);
        String refused = api.as("social.worker").post("/api/exclusions", Map.of("childId", marigold,
                "school", "Alloa Academy", "startDate", TODAY, "days", 1, "reason", "Marigold was rude")).id();
        api.as("head.of.cfsw").post("/api/exclusions/" + refused + "/refuse",
                Map.of("reason", "Marigold Thistlewaite stays in school")).expect(204);
        api.as("social.worker").post("/api/exclusions/informal", Map.of("childId", marigold, "school",
                "Alloa Academy", "date", "2024-05-02", "days", 1, "description", "Marigold sent home")).expect(201);
        api.as("social.worker").post("/api/children/" + marigold + "/physical-interventions", Map.of(
                "date", "2024-03-03", "setting", "OWN_HOUSE", "whatHappened", "Marigold Thistlewaite was held",
                "followUp", "Talked with Marigold")).expect(201);
        String stay = api.as("social.worker").post("/api/children/" + zebedee + "/secure-stays",
                Map.of("admittedOn", "2024-06-01", "reason", "Zebedee at risk")).id();
        api.as("social.worker").post("/api/children/" + zebedee + "/secure-stays/" + stay + "/discharge",
                Map.of("dischargedOn", "2024-07-01")).expect(204);
        api.as("social.worker").post("/api/children/" + marigold + "/permanence-plans",
                Map.of("kind", "LONG_TERM_FOSTERING", "agreedOn", "2024-04-04")).expect(201);
        String placed = api.as("social.worker").get("/api/children/" + zebedee + "/history").expect(200).json()
                .get(3).get("eventId").asText();
        api.as("social.worker").post("/api/records/" + placed + "/in-error",
                Map.of("reason", "Zebedee Quillfeather was recorded at the wrong home")).expect(201);

        // a brother (not looked after) since his birth: that day is a date of birth, so not the board's
        String oberon = story.child("Oberon", "Quillfeather", "2012-07-09");
        CHILDREN.add(oberon);
        SECRETS.add(oberon);
        story.brothersAndSisters(zebedee, oberon, "FULL", "2012-07-09");
        Map<String, Object> request = new java.util.LinkedHashMap<>(CouncilStory.separationRequest(
                List.of(zebedee, oberon), "2024-02-20", "2025-02-01"));
        request.put("assessment", Map.of("kind", "Kirkton sibling assessment", "completedOn", "2024-02-20",
                "summary", "Apart for now"));
        api.as("social.worker").post("/api/separations", request).expect(201);
        api.as("social.worker").post("/api/family-time/plans", Map.of("childIds", List.of(zebedee, oberon),
                "howOften", "MONTHLY", "withWhom", "Gran Fraser", "startDate", "2024-03-01")).expect(201);
    }

    /** Every answer a board member may read: reports, trends, audit, dashboard, histories; JSON and CSV. */
    static List<String> boardAnswers() {
        List<String> paths = new ArrayList<>();
        for (String report : List.of("/api/reports/moves?" + EVER, "/api/reports/local-care?asAt=2024-06-15",
                "/api/reports/exclusions?" + EVER, "/api/reports/restraint-and-secure-care?" + EVER,
                "/api/reports/permanence?asAt=2024-09-15", "/api/reports/togetherness?asAt=2024-06-15",
                "/api/reports/togetherness/trend?from=2024-01-01&to=2024-12-31&step=month",
                "/api/reports/family-time?" + EVER, "/api/audit?from=" + TODAY + "&to=" + TODAY)) {
            paths.add(report);
            paths.add(report + "&format=csv");
        }
        for (String child : CHILDREN) {
            paths.add("/api/children/" + child + "/history");
            paths.add("/api/children/" + child + "/audit");
            paths.add("/api/children/" + child + "/audit?format=csv");
        }
        paths.add("/api/board/dashboard?" + EVER + "&asAt=2024-06-15");
        return paths;
    }

    @Test
    void noBoardAnswerHoldsAChildsNameDateOfBirthIdOrFreeText() {
        for (String path : boardAnswers()) {
            Response answer = api.as("board.member").get(path).expect(200);
            String body = answer.body().toLowerCase(Locale.ROOT);
            for (String secret : SECRETS) {
                assertThat(body).as("%s must not hold %s", path, secret).doesNotContain(secret.toLowerCase(Locale.ROOT));
            }
        }
    }

    @Test
    void theBoardSeesTheChildrenByTheirPseudonyms() {
        JsonNode audit = api.as("board.member").get("/api/children/" + CHILDREN.get(0) + "/audit").expect(200).json();
        String pseudonym = audit.get("entries").get(0).get("children").get(0).get("pseudonym").asText();
        assertThat(pseudonym).startsWith("C-");
        assertThat(api.as("board.member").get("/api/reports/exclusions?" + EVER).expect(200).body())
                .contains(pseudonym);
        assertThat(api.as("board.member").get("/api/children/" + CHILDREN.get(0) + "/history").expect(200).body())
                .contains(pseudonym);
        // and what the board does not see, the social worker does
        assertThat(api.as("social.worker").get("/api/children/" + CHILDREN.get(0) + "/audit").expect(200).body())
                .contains("Quillfeather", CHILDREN.get(0));
    }

    @Test
    void theBoardMayNotOpenAChildsRecordExportOrAccessLog() {
        for (String child : CHILDREN) {
            api.as("board.member").get("/api/children/" + child).expect(403);
            api.as("board.member").get("/api/children/" + child + "/subject-access").expect(403);
            api.as("board.member").get("/api/children/" + child + "/access-log").expect(403);
        }
        api.as("board.member").get("/api/exclusions").expect(403);
    }

    @Test
    void theDashboardPutsEachMeasureBesideItsTarget() {
        JsonNode dashboard = api.as("board.member").get("/api/board/dashboard?" + EVER + "&asAt=2024-06-15")
                .expect(200).json();
        assertThat(dashboard.get("asAt").asText()).isEqualTo("2024-06-15");
        JsonNode measures = dashboard.get("measures");
        assertThat(measures.findValuesAsText("key")).containsExactly("livingWithAll", "oneOrMoreMoves",
                "threeOrMoreMoves", "unplannedEndings", "localCare", "permanenceWithinSixMonths", "formalExclusions",
                "informalExclusions", "restraintInOwnHouses", "restraint", "secureCareAdmissions");
        // neither has a brother or sister on record: no one to count; the seeds set no target for it
        JsonNode togetherness = measure(measures, "livingWithAll");
        assertThat(togetherness.get("figures").get("children").asLong()).isZero();
        assertThat(togetherness.get("target").isNull()).isTrue();
        assertThat(togetherness.get("onTarget").isNull()).isTrue();
        // Zebedee and Marigold looked after in the period; Zebedee's one move was marked in error
        assertThat(measure(measures, "oneOrMoreMoves").get("value").asDouble()).isZero();
        assertThat(measure(measures, "oneOrMoreMoves").get("target").asDouble()).isEqualTo(10.0);
        assertThat(measure(measures, "threeOrMoreMoves").get("target").asDouble()).isEqualTo(3.8);
        assertThat(measure(measures, "localCare").get("target").asDouble()).isEqualTo(20.0);
        // on 15 June both live at Riverside House, within the area: 100%
        assertThat(measure(measures, "localCare").get("value").asDouble()).isEqualTo(100.0);
        assertThat(measure(measures, "localCare").get("onTarget").asBoolean()).isTrue();
        assertThat(measure(measures, "formalExclusions").get("value").asLong()).isEqualTo(1);
        assertThat(measure(measures, "formalExclusions").get("target").asDouble()).isZero();
        assertThat(measure(measures, "formalExclusions").get("onTarget").asBoolean()).isFalse();
        assertThat(measure(measures, "informalExclusions").get("value").asLong()).isEqualTo(1);
        assertThat(measure(measures, "restraintInOwnHouses").get("value").asLong()).isEqualTo(1);
        assertThat(measure(measures, "secureCareAdmissions").get("value").asLong()).isEqualTo(1);
    }

    private static JsonNode measure(JsonNode measures, String key) {
        return measures.findParents("key").stream().filter(m -> m.get("key").asText().equals(key)).findFirst()
                .orElseThrow();
    }
}
