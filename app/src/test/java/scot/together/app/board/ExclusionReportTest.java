package scot.together.app.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.together.app.support.CouncilStory;
import scot.together.app.support.TogetherTest;

/**
 * The exclusion report, its numbers worked out by hand. Every formal exclusion here is proposed
 * today, so counts in today's period:
 * <pre>
 * E1 Alex,  3 days, by social.worker:   approved by head.of.education, then head.of.cfsw -> APPROVED
 * E2 Blair, 2 days, by social.worker:   refused by head.of.cfsw                          -> REFUSED
 * E3 Alex,  5 days, by head.of.service: refused by head.of.education                     -> REFUSED
 * E4 Blair, 4 days, by social.worker:   approved by head.of.education only               -> PENDING
 * E5 Casey, 6 days, by social.worker:   marked as recorded in error                      -> left out
 * I1 Alex,  informal today, 2 days                                                        -> INFORMAL
 * I2 Blair, informal on 2024-03-01, 1 day                                                 -> another period
 * proposed 4, approved 1, refused 2, pending 1, informal 1, days lost 3 (E1) + 2 (I1) = 5.
 * </pre>
 */
class ExclusionReportTest extends TogetherTest {

    static final String TODAY = LocalDate.now(ZoneId.of("Europe/London")).toString();
    static String alex;
    static String e1;
    static String e4;

    static String propose(String user, String child, int days) {
        return api.as(user).post("/api/exclusions", Map.of("childId", child, "school", "Alloa Academy",
                "startDate", TODAY, "days", days, "reason", "Incident in class")).id();
    }

    @BeforeAll
    static void recordTheExclusions() {
        CouncilStory story = new CouncilStory(api);
        alex = story.child("Alex", "Report", "2011-06-01");
        String blair = story.child("Blair", "Report", "2012-06-01");
        String casey = story.child("Casey", "Report", "2013-06-01");
        story.accommodated(alex, "2023-09-01");
        story.accommodated(blair, "2023-09-01");
        story.accommodated(casey, "2023-09-01");

        e1 = propose("social.worker", alex, 3);
        api.as("head.of.education").post("/api/exclusions/" + e1 + "/approve", Map.of("comment", "ok")).expect(204);
        api.as("head.of.cfsw").post("/api/exclusions/" + e1 + "/approve", Map.of("comment", "ok")).expect(204);
        String e2 = propose("social.worker", blair, 2);
        api.as("head.of.cfsw").post("/api/exclusions/" + e2 + "/refuse", Map.of("reason", "no")).expect(204);
        String e3 = propose("head.of.service", alex, 5);
        api.as("head.of.education").post("/api/exclusions/" + e3 + "/refuse", Map.of("reason", "no")).expect(204);
        e4 = propose("social.worker", blair, 4);
        api.as("head.of.education").post("/api/exclusions/" + e4 + "/approve", Map.of("comment", "ok")).expect(204);
        propose("social.worker", casey, 6);
        String proposedInError = api.as("social.worker").get("/api/children/" + casey + "/history").expect(200)
                .json().findParents("type").stream().filter(e -> e.get("type").asText().equals("ExclusionProposed"))
                .findFirst().orElseThrow().get("eventId").asText();
        api.as("social.worker").post("/api/records/" + proposedInError + "/in-error",
                Map.of("reason", "Proposed for the wrong pupil")).expect(201);
        api.as("social.worker").post("/api/exclusions/informal", Map.of("childId", alex, "school", "Alloa Academy",
                "date", TODAY, "days", 2, "description", "Sent home")).expect(201);
        api.as("social.worker").post("/api/exclusions/informal", Map.of("childId", blair, "school", "Alloa Academy",
                "date", "2024-03-01", "days", 1, "description", "Part-time timetable")).expect(201);
    }

    @Test
    void theCountsAreThoseWorkedOutByHand() {
        JsonNode report = api.as("head.of.service").get("/api/reports/exclusions?from=" + TODAY + "&to=" + TODAY)
                .expect(200).json();
        assertThat(report.get("proposed").asLong()).isEqualTo(4);
        assertThat(report.get("approved").asLong()).isEqualTo(1);
        assertThat(report.get("refused").asLong()).isEqualTo(2);
        assertThat(report.get("pending").asLong()).isEqualTo(1);
        assertThat(report.get("informal").asLong()).isEqualTo(1);
        assertThat(report.get("daysLost").asLong()).isEqualTo(5);
        assertThat(report.get("items")).hasSize(5);
    }

    @Test
    void everyItemSaysWhoProposedAndWhoDecidedInWhatRoleAndWhen() {
        JsonNode items = api.as("head.of.service").get("/api/reports/exclusions?from=" + TODAY + "&to=" + TODAY)
                .expect(200).json().get("items");
        JsonNode approved = item(items, e1);
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("days").asInt()).isEqualTo(3);
        assertThat(approved.get("school").asText()).isEqualTo("Alloa Academy");
        assertThat(approved.get("child").get("id").asText()).isEqualTo(alex);
        assertThat(approved.get("child").get("pseudonym").asText()).startsWith("C-");
        assertThat(approved.get("proposedBy").get("user").asText()).isEqualTo("social.worker");
        assertThat(approved.get("proposedBy").get("role").asText()).isEqualTo("SOCIAL_WORKER");
        assertThat(approved.get("proposedBy").get("at").asText()).startsWith(TODAY.substring(0, 4));
        JsonNode decisions = approved.get("decisions");
        assertThat(decisions).hasSize(2);
        assertThat(decisions.get(0).get("by").asText()).isEqualTo("head.of.education");
        assertThat(decisions.get(0).get("role").asText()).isEqualTo("HEAD_OF_EDUCATION");
        assertThat(decisions.get(0).get("decision").asText()).isEqualTo("APPROVED");
        assertThat(decisions.get(1).get("by").asText()).isEqualTo("head.of.cfsw");
        assertThat(decisions.get(1).get("role").asText()).isEqualTo("HEAD_OF_CF_SOCIAL_WORK");
        assertThat(approved.get("timeToDecision").asText()).startsWith("PT");

        JsonNode pending = item(items, e4);
        assertThat(pending.get("status").asText()).isEqualTo("PENDING");
        assertThat(pending.get("decisions")).hasSize(1);
        assertThat(pending.get("timeToDecision").isNull()).isTrue();

        List<String> statuses = new ArrayList<>();
        items.forEach(i -> statuses.add(i.get("status").asText()));
        assertThat(statuses).containsExactlyInAnyOrder("APPROVED", "REFUSED", "REFUSED", "PENDING", "INFORMAL");
        JsonNode refusedByHeadOfService = items.findParents("proposedBy").stream()
                .filter(i -> i.get("proposedBy").get("user").asText().equals("head.of.service")).findFirst()
                .orElseThrow();
        assertThat(refusedByHeadOfService.get("proposedBy").get("role").asText()).isEqualTo("HEAD_OF_SERVICE");
        assertThat(refusedByHeadOfService.get("decisions").get(0).get("decision").asText()).isEqualTo("REFUSED");
    }

    @Test
    void anExclusionCountsInThePeriodItWasProposedAndAnInformalOneOnItsDay() {
        JsonNode earlier = api.as("head.of.service").get("/api/reports/exclusions?from=2024-01-01&to=2024-12-31")
                .expect(200).json();
        assertThat(earlier.get("proposed").asLong()).isZero();
        assertThat(earlier.get("informal").asLong()).isEqualTo(1);
        assertThat(earlier.get("daysLost").asLong()).isEqualTo(1);
        assertThat(earlier.get("items")).hasSize(1);
    }

    @Test
    void theBoardSeesThePseudonymButNotTheChildsIdAndTheCsvHasALineAnItem() {
        JsonNode items = api.as("board.member").get("/api/reports/exclusions?from=" + TODAY + "&to=" + TODAY)
                .expect(200).json().get("items");
        assertThat(item(items, e1).get("child").get("id").isNull()).isTrue();
        assertThat(item(items, e1).get("child").get("pseudonym").asText()).startsWith("C-");

        String csv = api.as("board.member").get("/api/reports/exclusions?from=" + TODAY + "&to=" + TODAY
                + "&format=csv").expect(200).body();
        assertThat(csv.split("\r\n")).hasSize(6);
        assertThat(csv).contains("head.of.cfsw").doesNotContain(alex);
        // a person reads the roles and the times to decision in words, not as codes
        assertThat(csv).contains("(Head of Children and Families Social Work)").doesNotContain("HEAD_OF_")
                .doesNotContainPattern(",PT[0-9]");
        assertThat(api.as("social.worker").get("/api/reports/exclusions?from=" + TODAY + "&to=" + TODAY
                + "&format=csv").expect(200).body()).contains(alex);
    }

    private static JsonNode item(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("No item " + id + " in " + items);
    }
}
