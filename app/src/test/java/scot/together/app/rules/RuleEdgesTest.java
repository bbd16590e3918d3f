package scot.together.app.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import scot.together.api.RecordedBy;
import scot.together.api.accounts.OpenUserAccount;
import scot.together.api.accounts.SetPassword;
import scot.together.app.support.CouncilStory;
import scot.together.app.support.TogetherTest;

/** The edges of the rules through HTTP: secure care, subject access, two heads, decisions in error, the register. */
class RuleEdgesTest extends TogetherTest {

    static final String TODAY = LocalDate.now(ZoneId.of("Europe/London")).toString();

    private final CouncilStory story = new CouncilStory(api);

    private String careExperienced(String givenName, String familyName) {
        String child = story.child(givenName, familyName, "2012-04-01");
        story.accommodated(child, "2024-01-15");
        return child;
    }

    private String proposeExclusion(String child, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("childId", child);
        body.put("school", "Lornshill Academy");
        body.put("startDate", TODAY);
        body.put("days", 2);
        body.put("reason", reason);
        return api.as("social.worker").post("/api/exclusions", body).expect(201).id();
    }

    private JsonNode exclusion(String id) {
        for (JsonNode exclusion : api.as("social.worker").get("/api/exclusions").expect(200).json()) {
            if (exclusion.get("id").asText().equals(id)) {
                return exclusion;
            }
        }
        throw new AssertionError("Exclusion " + id + " is not listed");
    }

    private JsonNode history(String child) {
        return api.as("social.worker").get("/api/children/" + child + "/history").expect(200).json();
    }

    private String eventId(String child, String type, String recordedBy) {
        return history(child).findParents("type").stream()
                .filter(e -> e.get("type").asText().equals(type) && e.get("recordedBy").asText().equals(recordedBy))
                .findFirst().orElseThrow(() -> new AssertionError("No " + type + " by " + recordedBy))
                .get("eventId").asText();
    }

    private long secureAdmissionsIn2024() {
        return api.as("head.of.service").get("/api/reports/restraint-and-secure-care?from=2024-01-01&to=2024-12-31")
                .expect(200).json().findValue("secureAdmissions").asLong();
    }

    @Test
    void secureCareStaysOfAChildNeverOverlapAndARefusalRecordsNothing() {
        String child = careExperienced("Morven", "Secure");
        String path = "/api/children/" + child + "/secure-stays";
        String first = api.as("social.worker").post(path, Map.of("admittedOn", "2024-03-01", "reason", "Risk"))
                .expect(201).id();

        var stillIn = api.as("social.worker").post(path, Map.of("admittedOn", "2024-04-01", "reason", "Again"))
                .expect(409);
        assertThat(stillIn.code()).isEqualTo("ALREADY_IN_SECURE_CARE");
        assertThat(stillIn.json().get("detail").asText()).contains("2024-03-01");
        assertThat(api.as("social.worker").post(path + "/" + first + "/discharge",
                Map.of("dischargedOn", "2024-02-28")).expect(409).code()).isEqualTo("DATE_OUT_OF_ORDER");
        api.as("social.worker").post(path + "/" + first + "/discharge", Map.of("dischargedOn", "2024-05-01"))
                .expect(204);
        assertThat(api.as("social.worker").post(path + "/" + first + "/discharge",
                Map.of("dischargedOn", "2024-05-02")).expect(409).code()).isEqualTo("ALREADY_DISCHARGED");

        // back-dated: inside the recorded stay, or before it (a stay is open until discharged, so it would run into it)
        assertThat(api.as("social.worker").post(path, Map.of("admittedOn", "2024-04-30", "reason", "Late"))
                .expect(409).code()).isEqualTo("ALREADY_IN_SECURE_CARE");
        assertThat(api.as("social.worker").post(path, Map.of("admittedOn", "2024-02-01", "reason", "Earlier"))
                .expect(409).code()).isEqualTo("ALREADY_IN_SECURE_CARE");
        assertThat(secureAdmissionsIn2024()).isEqualTo(1);

        // on the day of discharge the child is out of secure care again
        api.as("social.worker").post(path, Map.of("admittedOn", "2024-05-01", "reason", "Risk again")).expect(201);
        assertThat(secureAdmissionsIn2024()).isEqualTo(2);
        assertThat(history(child).findValuesAsText("type").stream().filter("SecureCareAdmitted"::equals)).hasSize(2);

        // that admission was recorded in error (it was on 1 June): the right one can then be recorded
        String wrong = history(child).findParents("type").stream()
                .filter(e -> e.get("type").asText().equals("SecureCareAdmitted")
                        && e.get("effectiveDate").asText().equals("2024-05-01"))
                .findFirst().orElseThrow().get("eventId").asText();
        api.as("social.worker").post("/api/records/" + wrong + "/in-error", Map.of("reason", "Wrong date")).expect(201);
        api.as("social.worker").post(path, Map.of("admittedOn", "2024-06-01", "reason", "Risk again")).expect(201);
        assertThat(secureAdmissionsIn2024()).isEqualTo(2);
    }

    @Test
    void theSubjectAccessExportRedactsABrothersNameInFreeTextAndKeepsTheSubjects() {
        String skye = careExperienced("Skye", "Reid");
        careExperienced("Callum", "Reid");
        proposeExclusion(skye, "Skye Reid fought with her brother callum Reid; Callum was hurt.");

        JsonNode export = api.as("head.of.service").get("/api/children/" + skye + "/subject-access").expect(200)
                .json();
        JsonNode proposed = export.get("events").findParents("type").stream()
                .filter(e -> e.get("type").asText().equals("ExclusionProposed")).findFirst().orElseThrow();
        assertThat(proposed.get("record").get("reason").asText())
                .isEqualTo("Skye Reid fought with her brother [another child]; [another child] was hurt.");
        assertThat(export.toString()).doesNotContainIgnoringCase("callum").contains("Skye");
        assertThat(export.get("familyName").asText()).isEqualTo("Reid");
    }

    @Test
    void onePersonHoldingBothHeadRolesGivesOneApprovalOnlyThroughTheApi() {
        RecordedBy system = new RecordedBy("system", "ADMIN", Set.of("ADMIN"));
        together.bean(CommandGateway.class).sendAndWait(new OpenUserAccount("two.heads", "Two Heads",
                        Set.of("HEAD_OF_EDUCATION", "HEAD_OF_CF_SOCIAL_WORK")), MetaData.from(system.metaData(null)));
        together.bean(CommandGateway.class).sendAndWait(new SetPassword("two.heads",
                        "{bcrypt}" + new BCryptPasswordEncoder(4).encode("both-hats")), MetaData.from(system.metaData(null)));
        String exclusion = proposeExclusion(careExperienced("Ailsa", "Twohats"), "Damage to property");

        String approve = "/api/exclusions/" + exclusion + "/approve";
        // they choose the role they act in (else they act in the first not yet given: Head of Education)
        assertThat(api.as("two.heads", "both-hats").post(approve, Map.of("role", "BOARD_MEMBER")).expect(400).code())
                .isEqualTo("VALIDATION");
        api.as("two.heads", "both-hats").post(approve, Map.of("comment", "Yes", "role", "HEAD_OF_CF_SOCIAL_WORK"))
                .expect(204);
        assertThat(api.as("two.heads", "both-hats").post(approve, Map.of("comment", "Yes, as the other head"))
                .expect(409).code()).isEqualTo("SAME_PERSON_BOTH_APPROVALS");
        assertThat(api.as("two.heads", "both-hats").post(approve, Map.of("role", "HEAD_OF_EDUCATION"))
                .expect(409).code()).isEqualTo("SAME_PERSON_BOTH_APPROVALS");

        JsonNode listed = exclusion(exclusion);
        assertThat(listed.get("status").asText()).isEqualTo("PENDING");
        assertThat(listed.get("decisions")).hasSize(1);
        assertThat(listed.get("decisions").get(0).get("role").asText()).isEqualTo("HEAD_OF_CF_SOCIAL_WORK");
        assertThat(listed.get("decisions").get(0).get("by").asText()).isEqualTo("two.heads");

        // the other approval comes from another person
        api.as("head.of.education").post(approve, Map.of("comment", "Yes")).expect(204);
        assertThat(exclusion(exclusion).get("status").asText()).isEqualTo("APPROVED");
    }

    @Test
    void anExclusionApprovalMarkedInErrorLeavesItWaitingForThatHeadWhoMayDecideAgain() {
        String child = careExperienced("Lewis", "Inerror");
        String exclusion = proposeExclusion(child, "Threats");
        api.as("head.of.education").post("/api/exclusions/" + exclusion + "/approve", Map.of()).expect(204);
        api.as("head.of.cfsw").post("/api/exclusions/" + exclusion + "/approve", Map.of()).expect(204);
        assertThat(exclusion(exclusion).get("status").asText()).isEqualTo("APPROVED");

        assertThat(api.as("social.worker").post("/api/records/" + eventId(child, "ExclusionApproved", "head.of.cfsw")
                + "/in-error", Map.of("reason", "x")).expect(409).code()).isEqualTo("NOT_CORRECTABLE");
        api.as("social.worker").post("/api/records/" + eventId(child, "ExclusionApprovalGiven", "head.of.cfsw")
                + "/in-error", Map.of("reason", "Approved the wrong pupil's exclusion")).expect(201);

        JsonNode waiting = exclusion(exclusion);
        assertThat(waiting.get("status").asText()).isEqualTo("PENDING");
        assertThat(waiting.get("decisions").findValuesAsText("by")).containsExactly("head.of.education");
        assertThat(api.as("head.of.service").get("/api/exclusions?status=APPROVED").expect(200).json()
                .findValuesAsText("id")).doesNotContain(exclusion);
        JsonNode item = api.as("head.of.service").get("/api/reports/exclusions?from=2000-01-01&to=2100-01-01")
                .expect(200).json().get("items").findParents("id").stream()
                .filter(i -> i.get("id").asText().equals(exclusion)).findFirst().orElseThrow();
        assertThat(item.get("status").asText()).isEqualTo("PENDING");
        assertThat(item.get("timeToDecision").isNull()).isTrue();

        api.as("head.of.cfsw").post("/api/exclusions/" + exclusion + "/refuse", Map.of("reason", "Not the shortest"))
                .expect(204);
        assertThat(exclusion(exclusion).get("status").asText()).isEqualTo("REFUSED");
        assertThat(history(child).findValuesAsText("type")).contains("ExclusionApprovalGiven", "ExclusionRefused");
    }

    /** Two brothers or sisters, and a separation of them requested by the social worker (review by 2024-07-01). */
    private String separationOf(String one, String other) {
        story.brothersAndSisters(one, other, "FULL", "2016-05-01");
        return api.as("social.worker").post("/api/separations",
                CouncilStory.separationRequest(List.of(one, other), "2024-01-03", "2024-07-01")).id();
    }

    private List<String> separations(String status) {
        return api.as("head.of.service").get("/api/separations?status=" + status).expect(200).json()
                .findValuesAsText("id");
    }

    @Test
    void aSeparationWhoseApprovalIsMarkedInErrorWaitsAgainAndNoLongerCoversAMoveApart() {
        String wil = story.child("Wil", "Undone", "2014-03-01");
        String xan = story.child("Xan", "Undone", "2016-05-01");
        String oak = story.home("Oak Undone", "RESIDENTIAL", true);
        String elm = story.home("Elm Undone", "FOSTER", true);
        String id = separationOf(wil, xan);
        story.accommodated(wil, "2024-01-01");
        story.accommodated(xan, "2024-01-01");
        story.place(wil, oak, "2024-01-01", null).expect(204);
        api.as("head.of.service").post("/api/separations/" + id + "/approve",
                Map.of("comment", "Agreed", "decidedOn", "2024-01-05")).expect(204);

        api.as("social.worker").post("/api/records/" + eventId(xan, "SeparationApproved", "head.of.service")
                + "/in-error", Map.of("reason", "Approved the wrong request")).expect(201);

        assertThat(separations("REQUESTED")).contains(id);
        assertThat(separations("APPROVED")).doesNotContain(id);
        assertThat(api.as("social.worker").get("/api/separations/register?asAt=2024-02-01").expect(200).json()
                .get("approved").findValuesAsText("id")).doesNotContain(id);
        assertThat(story.place(xan, elm, "2024-01-10", null).expect(409).code()).isEqualTo("SEPARATION_NOT_APPROVED");
        assertThat(api.as("head.of.service").post("/api/separations/" + id + "/reviews",
                Map.of("reviewedOn", "2024-01-20", "outcome", "CONTINUE", "nextReviewBy", "2024-09-01"))
                .expect(409).code()).isEqualTo("SEPARATION_NOT_IN_FORCE");

        api.as("head.of.service2").post("/api/separations/" + id + "/approve",
                Map.of("comment", "Agreed, this time", "decidedOn", "2024-01-06")).expect(204);
        assertThat(separations("APPROVED")).contains(id);
        story.place(xan, elm, "2024-01-10", null).expect(204);
    }

    @Test
    void theRegisterShowsEachReviewDateAsItStoodAtTheDate() {
        String una = story.child("Una", "Review", "2014-03-01");
        String vic = story.child("Vic", "Review", "2016-05-01");
        String id = separationOf(una, vic);
        api.as("head.of.service").post("/api/separations/" + id + "/approve",
                Map.of("comment", "Agreed", "decidedOn", "2024-01-05")).expect(204);
        api.as("head.of.service").post("/api/separations/" + id + "/reviews",
                Map.of("reviewedOn", "2024-06-20", "outcome", "CONTINUE", "nextReviewBy", "2025-01-01")).expect(204);

        assertThat(reviewBy(id, "2024-06-19")).isEqualTo("2024-07-01");
        assertThat(reviewBy(id, "2024-06-20")).isEqualTo("2025-01-01");
        JsonNode before = api.as("social.worker").get("/api/separations/register?asAt=2024-06-19").expect(200).json();
        assertThat(before.get("approved").findParents("id").stream().filter(a -> a.get("id").asText().equals(id))
                .findFirst().orElseThrow().get("reviewOverdue").asBoolean()).isFalse();
    }

    private String reviewBy(String separation, String asAt) {
        return api.as("social.worker").get("/api/separations/register?asAt=" + asAt).expect(200).json()
                .get("approved").findParents("id").stream().filter(a -> a.get("id").asText().equals(separation))
                .findFirst().orElseThrow(() -> new AssertionError("Not in the register as at " + asAt))
                .get("reviewBy").asText();
    }
}
