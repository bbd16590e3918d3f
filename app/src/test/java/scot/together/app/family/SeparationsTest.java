package scot.together.app.family;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scot.together.app.support.Api;
import scot.together.app.support.CouncilStory;
import scot.together.app.support.TogetherTest;

/** The separation rule and the Head of Service's decision, through the HTTP API. */
class SeparationsTest extends TogetherTest {

    private final CouncilStory story = new CouncilStory(api);
    private final Api.Session worker = api.as("social.worker");

    static Map<String, Object> relationship(String a, String b, String kind, String since) {
        return Map.of("childId", a, "otherChildId", b, "kind", kind, "since", since);
    }

    private String related(String a, String b, String since) {
        return worker.post("/api/brothers-and-sisters", relationship(a, b, "FULL", since)).id();
    }

    @Test
    void aMoveApartIsRefusedNamingTheBrotherUntilAnotherHeadOfServiceApproves() {
        String ann = story.child("Ann", "Apart", "2014-03-01");
        String ben = story.child("Ben", "Apart", "2016-05-01");
        String oak = story.home("Oak House", "RESIDENTIAL", true);
        String elm = story.home("Elm Foster", "FOSTER", true);
        related(ann, ben, "2016-05-01");
        story.accommodated(ann, "2024-01-01");
        story.accommodated(ben, "2024-01-01");
        story.place(ann, oak, "2024-01-01", null).expect(204);

        var refused = story.place(ben, elm, "2024-01-02", null).expect(409);
        assertThat(refused.code()).isEqualTo("SEPARATION_NOT_APPROVED");
        assertThat(refused.json().get("detail").asText()).contains("Ann Apart");

        String id = api.as("head.of.service").post("/api/separations",
                CouncilStory.separationRequest(List.of(ben, ann), "2024-01-03", "2024-07-01")).id();
        assertThat(api.as("head.of.service").post("/api/separations/" + id + "/approve",
                Map.of("comment", "Agreed", "decidedOn", "2024-01-05")).expect(409).code()).isEqualTo("SELF_APPROVAL");
        assertThat(api.as("social.worker").post("/api/separations/" + id + "/approve",
                Map.of("comment", "Agreed")).expect(403).code()).isEqualTo("FORBIDDEN");
        assertThat(api.as("head.of.service2").post("/api/separations/" + id + "/approve",
                Map.of("comment", "Agreed", "decidedOn", "2099-01-01")).expect(409).code())
                .isEqualTo("DATE_IN_FUTURE");
        api.as("head.of.service2").post("/api/separations/" + id + "/approve",
                Map.of("comment", "Agreed", "decidedOn", "2024-01-05")).expect(204);
        assertThat(api.as("head.of.service2").post("/api/separations/" + id + "/approve", Map.of("comment", "Again"))
                .expect(409).code()).isEqualTo("ALREADY_DECIDED");
        assertThat(api.as("head.of.service2").post("/api/separations/" + id + "/refuse", Map.of("reason", "No"))
                .expect(409).code()).isEqualTo("ALREADY_DECIDED");

        // the approval covers them from its decision, not before
        assertThat(story.place(ben, elm, "2024-01-04", null).expect(409).code()).isEqualTo("SEPARATION_NOT_APPROVED");
        story.place(ben, elm, "2024-01-05", null).expect(204);

        JsonNode approved = worker.get("/api/separations?status=APPROVED").expect(200).json();
        assertThat(approved).hasSize(1);
        assertThat(approved.get(0).get("id").asText()).isEqualTo(id);
        assertThat(approved.get(0).get("requestedBy").asText()).isEqualTo("head.of.service");
        assertThat(approved.get(0).get("decidedBy").asText()).isEqualTo("head.of.service2");
        assertThat(approved.get(0).get("reviewBy").asText()).isEqualTo("2024-07-01");
        assertThat(approved.get(0).get("childIds").get(0).asText()).isEqualTo(ben);
        assertThat(worker.get("/api/separations?status=REQUESTED").expect(200).json()).isEmpty();

        JsonNode register = worker.get("/api/separations/register?asAt=2024-08-01").expect(200).json();
        assertThat(register.get("approved")).hasSize(1);
        assertThat(register.get("approved").get(0).get("reviewOverdue").asBoolean()).isTrue();
        assertThat(register.get("reviewsOverdue").asLong()).isEqualTo(1);
        assertThat(register.get("apartWithoutApproval")).isEmpty();

        api.as("head.of.service").post("/api/separations/" + id + "/reviews",
                Map.of("reviewedOn", "2024-06-20", "outcome", "CONTINUE", "nextReviewBy", "2025-01-01")).expect(204);
        register = worker.get("/api/separations/register?asAt=2024-08-01").expect(200).json();
        assertThat(register.get("reviewsOverdue").asLong()).isZero();

        JsonNode annsRecord = worker.get("/api/children/" + ann).expect(200).json();
        assertThat(annsRecord.get("brothersAndSisters")).hasSize(1);
        assertThat(annsRecord.get("brothersAndSisters").get(0).get("childId").asText()).isEqualTo(ben);
        assertThat(annsRecord.get("brothersAndSisters").get(0).get("kind").asText()).isEqualTo("FULL");

        String history = worker.get("/api/children/" + ann + "/history").expect(200).body();
        assertThat(history).contains("Ann Apart and Ben Apart recorded as brothers or sisters (full)")
                .contains("The Head of Service agreed that Ben Apart, Ann Apart live apart");

        // once the separation ends, a later move apart is refused again
        worker.post("/api/separations/" + id + "/end", Map.of("date", "2025-02-01", "reason", "Reunited"))
                .expect(204);
        String ash = story.home("Ash Kinship", "KINSHIP", true);
        assertThat(story.place(ben, ash, "2025-02-01", "PLANNED").expect(409).code())
                .isEqualTo("SEPARATION_NOT_APPROVED");
        story.place(ben, oak, "2025-02-01", "PLANNED").expect(204);
        assertThat(worker.get("/api/separations?status=ENDED").expect(200).json()).hasSize(1);
    }

    @Test
    void brothersAndSistersLivingTogetherMoveTogetherAllOrNone() {
        String ivy = story.child("Ivy", "Moving", "2014-01-01");
        String jay = story.child("Jay", "Moving", "2015-01-01");
        String kit = story.child("Kit", "Moving", "2016-01-01");
        String birch = story.home("Birch Foster", "FOSTER", true);
        String rowan = story.home("Rowan House", "RESIDENTIAL", true);
        String willow = story.home("Willow Kinship", "KINSHIP", true);
        related(ivy, jay, "2016-01-01");
        related(jay, kit, "2016-01-01");
        for (String child : List.of(ivy, jay, kit)) {
            story.accommodated(child, "2024-01-01");
            story.place(child, birch, "2024-01-01", null).expect(204);
        }
        // one by one, the first move would leave Ivy apart from Jay
        assertThat(story.place(ivy, rowan, "2024-05-01", "PLANNED").expect(409).code())
                .isEqualTo("SEPARATION_NOT_APPROVED");
        // Ivy and Jay alone would leave Jay apart from Kit: nothing moves
        var refused = worker.post("/api/brothers-and-sisters/moves", Map.of("childIds", List.of(ivy, jay),
                "homeId", rowan, "startDate", "2024-05-01", "previousHomeEnding", "PLANNED")).expect(409);
        assertThat(refused.code()).isEqualTo("SEPARATION_NOT_APPROVED");
        assertThat(refused.json().get("detail").asText()).contains("Kit Moving");
        assertThat(worker.get("/api/children/" + ivy).expect(200).json().get("homeId").asText()).isEqualTo(birch);

        worker.post("/api/brothers-and-sisters/moves", Map.of("childIds", List.of(ivy, jay, kit),
                "homeId", rowan, "startDate", "2024-05-01", "previousHomeEnding", "PLANNED")).expect(204);
        for (String child : List.of(ivy, jay, kit)) {
            assertThat(worker.get("/api/children/" + child).expect(200).json().get("homeId").asText())
                    .isEqualTo(rowan);
        }
        worker.post("/api/brothers-and-sisters/moves", Map.of("childIds", List.of(ivy), "homeId", willow,
                "startDate", "2024-06-01", "previousHomeEnding", "PLANNED")).expect(400);
    }

    @Test
    void theOpenApiPageDescribesTheEndpoints() {
        String docs = worker.get("/v3/api-docs").expect(200).body();
        assertThat(docs).contains("/api/brothers-and-sisters", "/api/separations/{id}/approve",
                "/api/separations/register", "/api/family-time/plans", "/api/reports/family-time",
                "/api/reports/togetherness/trend", "/api/brothers-and-sisters/moves", "last day of each month whose last day falls within",
                "notGivenBecause");
    }

    @Test
    void aRelationshipRecordedAfterTheChildrenLiveApartShowsInTheRegister() {
        String cal = story.child("Cal", "Later", "2012-01-01");
        String dee = story.child("Dee", "Later", "2013-01-01");
        String pine = story.home("Pine House", "RESIDENTIAL", true);
        String fir = story.home("Fir Foster", "FOSTER", false);
        story.accommodated(cal, "2023-03-01");
        story.accommodated(dee, "2023-03-01");
        story.place(cal, pine, "2023-03-01", null).expect(204);
        story.place(dee, fir, "2023-03-01", null).expect(204);
        related(cal, dee, "2013-01-01");

        JsonNode apart = worker.get("/api/separations/register?asAt=2023-06-01").expect(200).json()
                .get("apartWithoutApproval");
        assertThat(apart).anySatisfy(pair -> assertThat(List.of(pair.get("childId").asText(),
                pair.get("otherChildId").asText())).containsExactlyInAnyOrder(cal, dee));
        assertThat(worker.get("/api/separations/register?asAt=2023-06-01&format=csv").expect(200).body())
                .contains("living apart without approval");
    }

    @Test
    void aRequestNeedsTheViewOfEachChildAndRecordsNothingWhenRefused() {
        String eve = story.child("Eve", "Views", "2015-01-01");
        String fin = story.child("Fin", "Views", "2017-01-01");
        Map<String, Object> body = CouncilStory.separationRequest(List.of(eve, fin), "2024-01-03", "2024-07-01");
        body.put("views", List.of(Map.of("childId", eve, "view", "I'd like to stay with my nan")));
        var refused = worker.post("/api/separations", body).expect(400);
        assertThat(refused.json().get("detail").asText()).contains(fin);

        body.put("views", List.of(Map.of("childId", eve, "view", "Yes", "notGivenBecause", "Asleep"),
                Map.of("childId", fin, "notGivenBecause", "A baby")));
        worker.post("/api/separations", body).expect(400);
        body.put("childIds", List.of(eve));
        worker.post("/api/separations", body).expect(400);
        assertThat(worker.get("/api/separations").expect(200).json().toString()).doesNotContain(eve);

        assertThat(worker.post("/api/brothers-and-sisters", relationship(eve, eve, "HALF", "2017-01-01"))
                .expect(400).code()).isEqualTo("VALIDATION");
        assertThat(worker.post("/api/brothers-and-sisters", relationship(eve, fin, "HALF", "2016-01-01"))
                .expect(409).code()).isEqualTo("DATE_BEFORE_BIRTH");
        String link = related(eve, fin, "2017-01-01");
        assertThat(worker.post("/api/brothers-and-sisters", relationship(fin, eve, "HALF", "2018-01-01"))
                .expect(409).code()).isEqualTo("ALREADY_RECORDED");
        worker.post("/api/brothers-and-sisters/" + link + "/end", Map.of("date", "2020-01-01", "reason", "Error"))
                .expect(204);
        assertThat(worker.post("/api/brothers-and-sisters/" + link + "/end", Map.of("date", "2020-01-01"))
                .expect(409).code()).isEqualTo("ALREADY_ENDED");
        assertThat(worker.get("/api/children/" + eve).expect(200).json().get("brothersAndSisters")).isEmpty();
    }

    @Test
    void familyTimeIsPlannedAndWhatHappenedIsReportedAgainstIt() {
        String gus = story.child("Gus", "Family", "2015-01-01");
        String hal = story.child("Hal", "Family", "2016-01-01");
        // fortnightly from 2024-01-01: due 01-01, 01-15, 01-29, 02-12, 02-26 in January and February
        String plan = worker.post("/api/family-time/plans", Map.of("childIds", List.of(gus, hal),
                "howOften", "FORTNIGHTLY", "withWhom", "each other, at the family centre",
                "startDate", "2024-01-01")).id();
        String sessions = "/api/family-time/plans/" + plan + "/sessions";
        worker.post(sessions, Map.of("date", "2024-01-01", "happened", true)).id();
        worker.post(sessions, Map.of("date", "2024-01-15", "happened", false, "whyNot", "Gus was unwell")).id();
        worker.post(sessions, Map.of("date", "2024-01-29", "happened", true)).id();
        worker.post(sessions, Map.of("date", "2024-03-01", "happened", true)).id();
        assertThat(worker.post(sessions, Map.of("date", "2024-02-12", "happened", false)).expect(400).code())
                .isEqualTo("VALIDATION");
        assertThat(worker.post(sessions, Map.of("date", "2023-12-01", "happened", true)).expect(409).code())
                .isEqualTo("DATE_OUT_OF_ORDER");

        JsonNode report = api.as("board.member").get("/api/reports/family-time?from=2024-01-01&to=2024-02-29")
                .expect(200).json();
        assertThat(report.get("planned").asLong()).isEqualTo(5);
        assertThat(report.get("happened").asLong()).isEqualTo(2);
        assertThat(report.get("didNotHappen").asLong()).isEqualTo(1);
        assertThat(report.get("plans").get(0).get("children").toString()).doesNotContain("Gus").doesNotContain(gus);
        assertThat(worker.get("/api/reports/family-time?from=2024-01-01&to=2024-02-29&format=csv").expect(200)
                .body()).contains("Family time planned");
        worker.get("/api/reports/family-time?from=2024-03-01&to=2024-02-29").expect(400);
    }
}
