package scot.together.app.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import scot.together.app.support.CouncilStory;
import scot.together.app.support.TogetherTest;

/** Records marked in error leave the reports and stay in the history; every look at a record is logged. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CorrectionsAndAccessTest extends TogetherTest {

    static final String YEAR = "from=2024-01-01&to=2024-12-31";

    private static String eventId(String child, String type, String summaryStart) {
        return api.as("social.worker").get("/api/children/" + child + "/history").expect(200).json()
                .findParents("type").stream()
                .filter(e -> e.get("type").asText().equals(type) && e.get("summary").asText().startsWith(summaryStart))
                .findFirst().orElseThrow(() -> new AssertionError("No " + type + " for " + child)).get("eventId")
                .asText();
    }

    private static void inError(String eventId, String reason) {
        api.as("social.worker").post("/api/records/" + eventId + "/in-error", Map.of("reason", reason)).expect(201);
    }

    private static JsonNode get(String path) {
        return api.as("head.of.service").get(path).expect(200).json();
    }

    /**
     * Xan lives at Oak (within the area) from 10 January 2024 and moves, unplanned, to Elm (outwith)
     * on 1 June; Zoe lives at Oak from 1 February. On 1 July: 2 accommodated, 1 within the area.
     */
    @Test
    @Order(1)
    void aRecordMarkedInErrorDropsOutOfTheReportsAndStaysInTheHistory() {
        CouncilStory story = new CouncilStory(api);
        String oak = story.home("Oak House", "RESIDENTIAL", true);
        String elm = story.home("Elm Foster Home", "FOSTER", false);
        String xan = story.child("Xan", "Correction", "2012-01-01");
        String zoe = story.child("Zoe", "Correction", "2013-01-01");
        story.accommodated(xan, "2024-01-10");
        story.place(xan, oak, "2024-01-10", null).expect(204);
        story.place(xan, elm, "2024-06-01", "UNPLANNED").expect(204);
        story.accommodated(zoe, "2024-02-01");
        story.place(zoe, oak, "2024-02-01", null).expect(204);
        api.as("social.worker").post("/api/children/" + xan + "/permanence-plans",
                Map.of("kind", "KINSHIP_CARE", "agreedOn", "2024-03-01")).expect(201);
        api.as("social.worker").post("/api/children/" + xan + "/physical-interventions", Map.of("date", "2024-05-01",
                "setting", "OWN_HOUSE", "whatHappened", "Held", "followUp", "Reviewed")).expect(201);
        String informal = api.as("social.worker").post("/api/exclusions/informal", Map.of("childId", xan,
                "school", "Alva Academy", "date", "2024-05-10", "days", 2, "description", "Sent home")).id();

        JsonNode moves = get("/api/reports/moves?" + YEAR);
        assertThat(moves.get("childrenLookedAfter").asLong()).isEqualTo(2);
        assertThat(moves.get("oneOrMoreMoves").get("count").asLong()).isEqualTo(1);
        assertThat(moves.get("unplannedEndings").asLong()).isEqualTo(1);
        assertThat(get("/api/reports/local-care?asAt=2024-07-01").get("withinAuthority").get("count").asLong())
                .isEqualTo(1);
        // on 1 August both began at least six months before (10 Jan, 1 Feb <= 1 Feb); Xan's plan came within six months
        JsonNode permanence = get("/api/reports/permanence?asAt=2024-08-01");
        assertThat(permanence.get("children").asLong()).isEqualTo(2);
        assertThat(permanence.get("withPlanWithinSixMonths").get("count").asLong()).isEqualTo(1);
        assertThat(permanence.get("withPlanWithinSixMonths").get("percent").asDouble()).isEqualTo(50.0);
        assertThat(get("/api/reports/restraint-and-secure-care?" + YEAR).get("interventions").get(0)
                .get("interventions").asLong()).isEqualTo(1);
        assertThat(get("/api/reports/exclusions?" + YEAR).get("informal").asLong()).isEqualTo(1);

        String move = eventId(xan, "ChildPlaced", "Moved to");
        inError(move, "Xan never moved to Elm");
        moves = get("/api/reports/moves?" + YEAR);
        assertThat(moves.get("childrenLookedAfter").asLong()).isEqualTo(2);
        assertThat(moves.get("oneOrMoreMoves").get("count").asLong()).isZero();
        assertThat(moves.get("unplannedEndings").asLong()).isZero();
        JsonNode local = get("/api/reports/local-care?asAt=2024-07-01");
        assertThat(local.get("accommodated").asLong()).isEqualTo(2);
        assertThat(local.get("withinAuthority").get("count").asLong()).isEqualTo(2);
        assertThat(get("/api/children/" + xan).get("homeId").asText()).isEqualTo(oak);

        inError(eventId(xan, "PermanencePlanRecorded", ""), "No plan was agreed");
        inError(eventId(xan, "PhysicalInterventionRecorded", ""), "Another child");
        inError(eventId(xan, "InformalExclusionRecorded", ""), "Was at school");
        assertThat(get("/api/reports/permanence?asAt=2024-08-01").get("withPlanWithinSixMonths").get("count")
                .asLong()).isZero();
        assertThat(get("/api/reports/restraint-and-secure-care?" + YEAR).get("interventionsTotal").asLong()).isZero();
        JsonNode exclusions = get("/api/reports/exclusions?" + YEAR);
        assertThat(exclusions.get("informal").asLong()).isZero();
        assertThat(exclusions.get("items")).isEmpty();
        assertThat(get("/api/exclusions?status=INFORMAL").findValuesAsText("id")).doesNotContain(informal);

        inError(eventId(zoe, "EpisodeStarted", ""), "Zoe was never looked after");
        assertThat(get("/api/reports/local-care?asAt=2024-07-01").get("accommodated").asLong()).isEqualTo(1);
        assertThat(get("/api/reports/moves?" + YEAR).get("childrenLookedAfter").asLong()).isEqualTo(1);
        assertThat(get("/api/reports/permanence?asAt=2024-08-01").get("children").asLong()).isEqualTo(1);

        // nothing is deleted: the history keeps the move and adds the correction
        JsonNode history = get("/api/children/" + xan + "/history");
        List<String> types = new ArrayList<>();
        history.forEach(e -> types.add(e.get("type").asText()));
        assertThat(types).contains("ChildPlaced", "PermanencePlanRecorded", "PhysicalInterventionRecorded",
                "InformalExclusionRecorded");
        assertThat(types.stream().filter("RecordMarkedInError"::equals)).hasSize(4);
        assertThat(history.findValuesAsText("eventId")).contains(move);
        assertThat(history.findValuesAsText("summary")).anyMatch(s -> s.contains("Xan never moved to Elm"));

        JsonNode audit = get("/api/children/" + xan + "/audit").get("entries");
        JsonNode moveEntry = audit.findParents("eventId").stream()
                .filter(e -> e.get("eventId").asText().equals(move)).findFirst().orElseThrow();
        assertThat(moveEntry.get("inError").asBoolean()).isTrue();
        assertThat(moveEntry.get("correctedBy").asText()).isNotBlank();
        assertThat(moveEntry.get("recordedBy").asText()).isEqualTo("social.worker");
        assertThat(moveEntry.get("effectiveDate").asText()).isEqualTo("2024-06-01");
        assertThat(moveEntry.get("summary").asText()).startsWith("Moved to Elm Foster Home");

        String correction = moveEntry.get("correctedBy").asText();
        assertThat(api.as("social.worker").post("/api/records/" + correction + "/in-error", Map.of("reason", "x"))
                .expect(409).code()).isEqualTo("NOT_CORRECTABLE");
    }

    @Test
    @Order(2)
    void theAuditFiltersByRecordedDayTypeAndUser() {
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
        JsonNode all = get("/api/audit?from=" + today + "&to=" + today).get("entries");
        assertThat(all.size()).isGreaterThan(10);
        JsonNode moves = get("/api/audit?from=" + today + "&to=" + today + "&type=ChildPlaced").get("entries");
        assertThat(moves).hasSize(3);
        moves.forEach(e -> assertThat(e.get("type").asText()).isEqualTo("ChildPlaced"));
        JsonNode happenedInJune = get("/api/audit?from=" + today + "&to=" + today
                + "&effectiveFrom=2024-06-01&effectiveTo=2024-06-30").get("entries");
        assertThat(happenedInJune).hasSize(1);
        assertThat(get("/api/audit?from=" + today + "&to=" + today + "&user=head.of.education").get("entries"))
                .isEmpty();
        assertThat(get("/api/audit?from=2020-01-01&to=2020-12-31").get("entries")).isEmpty();

        // a long history a page at a time: the pages, one after another, are the whole of it
        List<String> whole = new ArrayList<>();
        all.forEach(e -> whole.add(e.get("eventId").asText()));
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < whole.size(); offset += 4) {
            get("/api/audit?from=" + today + "&to=" + today + "&offset=" + offset + "&limit=4").get("entries")
                    .forEach(e -> paged.add(e.get("eventId").asText()));
        }
        assertThat(paged).isEqualTo(whole);
        assertThat(api.as("board.member").get("/api/audit?from=" + today + "&to=" + today + "&offset=-1")
                .expect(400).code()).isEqualTo("VALIDATION");
    }

    @Test
    @Order(3)
    void readingAChildsRecordLeavesAnEntryInItsAccessLogThatNoRebuildEmpties() throws InterruptedException {
        CouncilStory story = new CouncilStory(api);
        String child = story.child("Quinn", "Looked-at", "2014-02-02");
        String other = story.child("Rowan", "Someone-else", "2015-03-03");
        assertThat(api.as("head.of.service").get("/api/children/" + child + "/access-log").expect(200).json())
                .isEmpty();

        api.as("social.worker").get("/api/children/" + child).expect(200);
        api.as("board.member").get("/api/children/" + child + "/history").expect(200);
        JsonNode export = api.as("head.of.service").get("/api/children/" + child + "/subject-access").expect(200)
                .json();
        assertThat(export.get("givenName").asText()).isEqualTo("Quinn");
        assertThat(export.get("events")).isNotEmpty();
        assertThat(export.toString()).doesNotContain("Rowan").doesNotContain(other);

        JsonNode log = api.as("admin").get("/api/children/" + child + "/access-log").expect(200).json();
        assertThat(log).hasSize(3);
        assertThat(log.get(0).get("viewer").asText()).isEqualTo("head.of.service");
        assertThat(log.get(0).get("what").asText()).isEqualTo("a subject-access export");
        assertThat(log.get(1).get("viewer").asText()).isEqualTo("board.member");
        assertThat(log.get(1).get("role").asText()).isEqualTo("BOARD_MEMBER");
        assertThat(log.get(1).get("what").asText()).isEqualTo("the child's history");
        assertThat(log.get(2).get("viewer").asText()).isEqualTo("social.worker");
        assertThat(log.get(2).get("role").asText()).isEqualTo("SOCIAL_WORKER");
        assertThat(log.get(2).get("what").asText()).isEqualTo("the child's record");
        assertThat(log.get(2).get("viewedAt").asText()).isNotBlank();
        assertThat(api.as("head.of.service").get("/api/children/" + other + "/access-log").expect(200).json())
                .isEmpty();

        api.as("admin").post("/api/admin/read-models/rebuild", Map.of()).expect(202);
        for (int i = 0; i < 200 && api.as("admin").get("/api/admin/read-models").expect(200).json()
                .findValuesAsText("rebuilding").contains("true"); i++) {
            Thread.sleep(50);
        }
        assertThat(api.as("admin").get("/api/children/" + child + "/access-log").expect(200).json()).hasSize(3);
    }
}
