package scot.together.app.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scot.together.app.support.CouncilStory;
import scot.together.app.support.TogetherTest;

/** Exclusions and the records of restraint, secure care and permanence through HTTP: who may do what. */
class ExclusionsApiTest extends TogetherTest {

    static final String TODAY = LocalDate.now(ZoneId.of("Europe/London")).toString();

    static Map<String, Object> proposal(String childId, String startDate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("childId", childId);
        body.put("school", "Lornshill Academy");
        body.put("startDate", startDate);
        body.put("days", 2);
        body.put("reason", "Damage to property");
        return body;
    }

    static Map<String, Object> informal(String childId) {
        return Map.of("childId", childId, "school", "Lornshill Academy", "date", TODAY, "days", 1,
                "description", "Sent home at lunchtime");
    }

    private String careExperiencedChild() {
        CouncilStory story = new CouncilStory(api);
        String child = story.child("Robin", "Exclusions", "2012-04-01");
        story.accommodated(child, "2024-01-15");
        return child;
    }

    private String status(String exclusionId) {
        for (JsonNode exclusion : api.as("social.worker").get("/api/exclusions").expect(200).json()) {
            if (exclusion.get("id").asText().equals(exclusionId)) {
                return exclusion.get("status").asText();
            }
        }
        return "not listed";
    }

    @Test
    void aSocialWorkerProposesAndItIsApprovedOnlyWhenBothHeadsHaveApproved() {
        String child = careExperiencedChild();
        String exclusion = api.as("social.worker").post("/api/exclusions", proposal(child, TODAY)).id();
        assertThat(status(exclusion)).isEqualTo("PENDING");

        api.as("head.of.education").post("/api/exclusions/" + exclusion + "/approve", Map.of("comment", "Shortest"))
                .expect(204);
        assertThat(status(exclusion)).isEqualTo("PENDING");

        api.as("head.of.cfsw").post("/api/exclusions/" + exclusion + "/approve", Map.of("comment", "Agreed"))
                .expect(204);
        assertThat(status(exclusion)).isEqualTo("APPROVED");
        JsonNode approved = api.as("head.of.service").get("/api/exclusions?status=APPROVED").expect(200).json();
        assertThat(approved.findValuesAsText("id")).contains(exclusion);
        assertThat(approved.get(0).get("childId").asText()).isEqualTo(child);

        assertThat(api.as("head.of.cfsw").post("/api/exclusions/" + exclusion + "/refuse", Map.of("reason", "late"))
                .expect(409).code()).isEqualTo("ALREADY_DECIDED");
    }

    @Test
    void theProposerNeverDecidesAndARefusalByEitherHeadEndsIt() {
        String child = careExperiencedChild();
        String exclusion = api.as("head.of.education").post("/api/exclusions", proposal(child, TODAY)).id();
        assertThat(api.as("head.of.education").post("/api/exclusions/" + exclusion + "/approve", Map.of())
                .expect(409).code()).isEqualTo("SELF_APPROVAL");
        assertThat(api.as("head.of.education").post("/api/exclusions/" + exclusion + "/refuse",
                Map.of("reason", "changed my mind")).expect(409).code()).isEqualTo("SELF_APPROVAL");

        api.as("head.of.cfsw").post("/api/exclusions/" + exclusion + "/refuse", Map.of("reason", "Not the shortest"))
                .expect(204);
        assertThat(status(exclusion)).isEqualTo("REFUSED");
        assertThat(api.as("head.of.cfsw").post("/api/exclusions/" + exclusion + "/approve", Map.of())
                .expect(409).code()).isEqualTo("ALREADY_DECIDED");
    }

    @Test
    void onlyACareExperiencedPupilOnTheStartDateIsProposed() {
        CouncilStory story = new CouncilStory(api);
        String neverInCare = story.child("Sky", "Nevercared", "2012-04-01");
        assertThat(api.as("social.worker").post("/api/exclusions", proposal(neverInCare, TODAY)).expect(409).code())
                .isEqualTo("NOT_CARE_EXPERIENCED");

        String careLeaver = story.child("Ash", "Leaver", "2008-04-01");
        story.episode(careLeaver, "2024-03-01", "PREVIOUSLY_LOOKED_AFTER");
        api.as("social.worker").post("/api/exclusions", proposal(careLeaver, "2024-03-01")).expect(201);
        assertThat(api.as("social.worker").post("/api/exclusions", proposal(careLeaver, "2024-02-29")).expect(409)
                .code()).isEqualTo("NOT_CARE_EXPERIENCED");

        assertThat(api.as("social.worker").post("/api/exclusions",
                proposal("00000000-0000-0000-0000-000000000001", TODAY)).expect(404).code()).isEqualTo("NOT_FOUND");
        Map<String, Object> noDays = proposal(careLeaver, TODAY);
        noDays.put("days", 0);
        assertThat(api.as("social.worker").post("/api/exclusions", noDays).expect(400).code()).isEqualTo("VALIDATION");
        assertThat(api.as("social.worker").post("/api/exclusions", "{\"childId\": 3").expect(400).code())
                .isEqualTo("VALIDATION");
    }

    @Test
    void eachRoleMayDoItsPartAndIsForbiddenTheRest() {
        String child = careExperiencedChild();
        for (String proposer : new String[] {"social.worker", "head.of.service", "head.of.education"}) {
            api.as(proposer).post("/api/exclusions", proposal(child, TODAY)).expect(201);
            api.as(proposer).post("/api/exclusions/informal", informal(child)).expect(201);
        }
        for (String other : new String[] {"head.of.cfsw", "board.member", "admin"}) {
            assertThat(api.as(other).post("/api/exclusions", proposal(child, TODAY)).expect(403).code())
                    .isEqualTo("FORBIDDEN");
            api.as(other).post("/api/exclusions/informal", informal(child)).expect(403);
        }
        String exclusion = api.as("social.worker").post("/api/exclusions", proposal(child, TODAY)).id();
        for (String notAHead : new String[] {"social.worker", "head.of.service", "board.member", "admin"}) {
            api.as(notAHead).post("/api/exclusions/" + exclusion + "/approve", Map.of()).expect(403);
            api.as(notAHead).post("/api/exclusions/" + exclusion + "/refuse", Map.of("reason", "no")).expect(403);
        }
        assertThat(status(exclusion)).isEqualTo("PENDING");
        api.as("head.of.cfsw").get("/api/exclusions").expect(200);
        api.as("board.member").get("/api/exclusions").expect(403);
        api.as("admin").get("/api/exclusions").expect(403);
        api.as("board.member").get("/api/reports/exclusions?from=" + TODAY + "&to=" + TODAY).expect(200);
        api.as("admin").get("/api/reports/exclusions?from=" + TODAY + "&to=" + TODAY).expect(403);
        api.anonymous().get("/api/reports/exclusions?from=" + TODAY + "&to=" + TODAY).expect(401);
    }

    @Test
    void restraintSecureCareAndPermanenceAreRecordedBySocialWorkersAndHeadsOfService() {
        String child = careExperiencedChild();
        Map<String, Object> intervention = Map.of("date", "2024-05-01", "setting", "COMMISSIONED_SERVICE",
                "whatHappened", "Held to stop a fall", "followUp", "Debrief with the child");
        api.as("social.worker").post("/api/children/" + child + "/physical-interventions", intervention).expect(201);
        api.as("head.of.service").post("/api/children/" + child + "/physical-interventions", intervention).expect(201);
        api.as("head.of.education").post("/api/children/" + child + "/physical-interventions", intervention)
                .expect(403);
        api.as("board.member").post("/api/children/" + child + "/physical-interventions", intervention).expect(403);
        assertThat(api.as("social.worker").post("/api/children/" + child + "/physical-interventions",
                Map.of("date", "2024-05-01", "setting", "GARDEN", "whatHappened", "x")).expect(400).code())
                .isEqualTo("VALIDATION");

        String stay = api.as("social.worker").post("/api/children/" + child + "/secure-stays",
                Map.of("admittedOn", "2024-06-01", "reason", "Risk to self")).id();
        assertThat(api.as("social.worker").post("/api/children/" + child + "/secure-stays/" + stay + "/discharge",
                Map.of("dischargedOn", "2024-05-31")).expect(409).code()).isEqualTo("DATE_OUT_OF_ORDER");
        api.as("board.member").post("/api/children/" + child + "/secure-stays/" + stay + "/discharge",
                Map.of("dischargedOn", "2024-06-20")).expect(403);
        api.as("head.of.service").post("/api/children/" + child + "/secure-stays/" + stay + "/discharge",
                Map.of("dischargedOn", "2024-06-20")).expect(204);
        assertThat(api.as("social.worker").post("/api/children/" + child + "/secure-stays/" + stay + "/discharge",
                Map.of("dischargedOn", "2024-06-21")).expect(409).code()).isEqualTo("ALREADY_DISCHARGED");

        api.as("social.worker").post("/api/children/" + child + "/permanence-plans",
                Map.of("kind", "LONG_TERM_FOSTERING", "agreedOn", "2024-04-01")).expect(201);
        api.as("head.of.cfsw").post("/api/children/" + child + "/permanence-plans",
                Map.of("kind", "ADOPTION", "agreedOn", "2024-04-01")).expect(403);

        JsonNode care = api.as("board.member")
                .get("/api/reports/restraint-and-secure-care?from=2024-01-01&to=2024-12-31").expect(200).json();
        assertThat(care.get("interventionsTotal").asLong()).isEqualTo(2);
        JsonNode commissioned = care.get("interventions").get(1);
        assertThat(commissioned.get("setting").asText()).isEqualTo("COMMISSIONED_SERVICE");
        assertThat(commissioned.get("interventions").asLong()).isEqualTo(2);
        assertThat(commissioned.get("children").asLong()).isEqualTo(1);
        assertThat(care.get("interventions").get(0).get("interventions").asLong()).isZero();
        assertThat(care.get("secureAdmissions").asLong()).isEqualTo(1);
        assertThat(care.get("secureDischarges").asLong()).isEqualTo(1);
        assertThat(care.get("childrenInSecureCare").asLong()).isEqualTo(1);
        // the stay holds from 1 June and not on 20 June, its discharge day
        assertThat(api.as("board.member").get("/api/reports/restraint-and-secure-care?from=2024-06-20&to=2024-06-30")
                .expect(200).json().get("childrenInSecureCare").asLong()).isZero();
        api.as("admin").get("/api/reports/restraint-and-secure-care?from=2024-01-01&to=2024-12-31").expect(403);
        api.as("board.member").get("/api/reports/permanence?asAt=2024-08-01").expect(200);
        api.as("admin").get("/api/reports/permanence?asAt=2024-08-01").expect(403);
    }

    @Test
    void recordsAreMarkedInErrorBySocialWorkersAndHeadsOfServiceOnly() {
        String child = careExperiencedChild();
        String eventId = api.as("social.worker").get("/api/children/" + child + "/history").expect(200).json()
                .get(1).get("eventId").asText();
        for (String other : new String[] {"head.of.education", "head.of.cfsw", "board.member", "admin"}) {
            api.as(other).post("/api/records/" + eventId + "/in-error", Map.of("reason", "wrong")).expect(403);
        }
        api.as("social.worker").post("/api/records/" + eventId + "/in-error", Map.of()).expect(400);
        api.as("head.of.service").post("/api/records/" + eventId + "/in-error", Map.of("reason", "Wrong child"))
                .expect(201);
        assertThat(api.as("social.worker").post("/api/records/" + eventId + "/in-error", Map.of("reason", "again"))
                .expect(409).code()).isEqualTo("ALREADY_IN_ERROR");
        assertThat(api.as("social.worker").post("/api/records/no-such-event/in-error", Map.of("reason", "x"))
                .expect(404).code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void theAuditIsReadByCaseworkersAndTheBoardAndTheAccessLogByHeadsOfServiceAndAdmins() {
        String child = careExperiencedChild();
        for (String reader : new String[] {"social.worker", "head.of.service", "head.of.education", "head.of.cfsw",
                "board.member"}) {
            api.as(reader).get("/api/audit?from=" + TODAY + "&to=" + TODAY).expect(200);
            api.as(reader).get("/api/children/" + child + "/audit").expect(200);
        }
        api.as("admin").get("/api/audit?from=" + TODAY + "&to=" + TODAY).expect(403);
        api.as("admin").get("/api/children/" + child + "/audit").expect(403);
        api.as("head.of.service").get("/api/children/" + child + "/access-log").expect(200);
        api.as("admin").get("/api/children/" + child + "/access-log").expect(200);
        for (String other : new String[] {"social.worker", "head.of.education", "board.member"}) {
            api.as(other).get("/api/children/" + child + "/access-log").expect(403);
        }
        api.as("head.of.service").get("/api/children/" + child + "/subject-access").expect(200);
        for (String other : new String[] {"social.worker", "head.of.cfsw", "board.member", "admin"}) {
            api.as(other).get("/api/children/" + child + "/subject-access").expect(403);
        }
        api.as("head.of.service").get("/api/children/00000000-0000-0000-0000-000000000002/subject-access").expect(404);
        api.as("board.member").get("/api/board/dashboard?from=2024-01-01&to=2024-12-31").expect(200);
        api.as("head.of.education").get("/api/board/dashboard?from=2024-01-01&to=2024-12-31").expect(200);
        api.as("social.worker").get("/api/board/dashboard?from=2024-01-01&to=2024-12-31").expect(403);
        api.as("admin").get("/api/board/dashboard?from=2024-01-01&to=2024-12-31").expect(403);
        api.as("board.member").get("/api/board/dashboard?from=2024-12-31&to=2024-01-01").expect(400);
    }

    @Test
    void theOpenApiPageDocumentsTheNewEndpoints() {
        String docs = api.anonymous().get("/v3/api-docs").expect(200).body();
        assertThat(docs).contains("/api/exclusions/{id}/approve", "/api/exclusions/informal",
                "/api/reports/exclusions", "/api/children/{id}/physical-interventions",
                "/api/children/{id}/secure-stays/{stayId}/discharge", "/api/children/{id}/permanence-plans",
                "/api/reports/restraint-and-secure-care", "/api/reports/permanence", "/api/audit",
                "/api/children/{id}/audit", "/api/records/{eventId}/in-error", "/api/children/{id}/subject-access",
                "/api/children/{id}/access-log", "/api/board/dashboard");
    }
}
