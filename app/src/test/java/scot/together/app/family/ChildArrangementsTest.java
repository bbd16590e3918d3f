package scot.together.app.family;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import scot.together.api.childpage.ChildArrangements;
import scot.together.api.childpage.ChildArrangementsView;
import scot.together.app.support.CouncilStory;
import scot.together.app.support.TogetherTest;

/**
 * What the child's page lists as in force (relationships, family time, separations, secure
 * care, permanent plans): ended ones drop out, and so does anything marked as recorded in
 * error, while the right record made afterwards stays.
 */
class ChildArrangementsTest extends TogetherTest {

    private final CouncilStory story = new CouncilStory(api);

    @Test
    void onlyWhatIsInForceAndNotRecordedInErrorIsListed() {
        String rona = story.child("Rona", "Arranged", "2012-02-02");
        String calum = story.child("Calum", "Arranged", "2014-05-05");
        String ewan = story.child("Ewan", "Arranged", "2015-06-06");
        String withCalum = story.brothersAndSisters(rona, calum, "FULL", "2014-05-05");
        String withEwan = story.brothersAndSisters(rona, ewan, "HALF", "2015-06-06");
        api.as("social.worker").post("/api/brothers-and-sisters/" + withEwan + "/end",
                Map.of("date", "2024-01-01", "reason", "No longer holds")).expect(204);

        String weekly = api.as("social.worker").post("/api/family-time/plans", Map.of("childIds", List.of(rona, calum),
                "howOften", "WEEKLY", "withWhom", "Their gran", "startDate", "2024-03-01")).id();
        String ended = api.as("social.worker").post("/api/family-time/plans", Map.of("childIds", List.of(rona, calum),
                "howOften", "MONTHLY", "withWhom", "Their aunt", "startDate", "2024-03-01")).id();
        api.as("social.worker").post("/api/family-time/plans/" + ended + "/end", Map.of("date", "2024-04-01", "reason", "Their aunt moved away"))
                .expect(204);

        String apart = api.as("social.worker").post("/api/separations",
                CouncilStory.separationRequest(List.of(rona, calum), "2024-02-20", "2025-02-20")).id();
        api.as("head.of.service").post("/api/separations/" + apart + "/approve", Map.of("comment", "Agreed"))
                .expect(204);

        String stay = api.as("social.worker").post("/api/children/" + rona + "/secure-stays",
                Map.of("admittedOn", "2024-05-01", "reason", "Risk to self")).id();
        api.as("social.worker").post("/api/children/" + rona + "/secure-stays/" + stay + "/discharge",
                Map.of("dischargedOn", "2024-05-20")).expect(204);
        String wrongStay = api.as("social.worker").post("/api/children/" + rona + "/secure-stays",
                Map.of("admittedOn", "2024-07-01", "reason", "Recorded for the wrong child")).id();
        String wrongPlan = api.as("social.worker").post("/api/children/" + rona + "/permanence-plans",
                Map.of("kind", "ADOPTION", "agreedOn", "2024-04-01")).id();
        String plan = api.as("social.worker").post("/api/children/" + rona + "/permanence-plans",
                Map.of("kind", "LONG_TERM_FOSTERING", "agreedOn", "2024-04-02")).id();
        inError(rona, "SecureCareAdmitted", "2024-07-01");
        inError(rona, "PermanencePlanRecorded", "2024-04-01");

        ChildArrangementsView view = arrangements(rona);
        assertThat(view.brothersAndSisters()).singleElement().satisfies(relationship -> {
            assertThat(relationship.relationshipId()).hasToString(withCalum);
            assertThat(relationship.otherChildId()).hasToString(calum);
        });
        assertThat(view.familyTime()).singleElement().satisfies(p -> assertThat(p.planId()).hasToString(weekly));
        assertThat(view.separations()).singleElement()
                .satisfies(s -> assertThat(s.reviewBy()).isEqualTo(LocalDate.parse("2025-02-20")));
        assertThat(view.secureStays()).singleElement().satisfies(s -> {
            assertThat(s.stayId()).hasToString(stay);
            assertThat(s.dischargedOn()).isEqualTo(LocalDate.parse("2024-05-20"));
        });
        assertThat(view.secureStays()).noneMatch(s -> s.stayId().toString().equals(wrongStay));
        assertThat(view.permanencePlans()).singleElement().satisfies(p -> assertThat(p.planId()).hasToString(plan));
        assertThat(view.permanencePlans()).noneMatch(p -> p.planId().toString().equals(wrongPlan));

        // the Head of Service's agreement marked in error: the separation waits again, so it is not in force
        inError(rona, "SeparationApproved", null);
        assertThat(arrangements(rona).separations()).isEmpty();
        assertThat(arrangements(UUID.randomUUID().toString()).brothersAndSisters()).isEmpty();
    }

    /** Marks the child's record of that kind (on that date, if given) as recorded in error. */
    private void inError(String child, String type, String effectiveDate) {
        JsonNode record = null;
        for (JsonNode entry : api.as("social.worker").get("/api/children/" + child + "/history").expect(200).json()) {
            if (entry.get("type").asText().equals(type)
                    && (effectiveDate == null || entry.get("effectiveDate").asText().equals(effectiveDate))) {
                record = entry;
            }
        }
        assertThat(record).as("%s on %s in the history", type, effectiveDate).isNotNull();
        api.as("social.worker").post("/api/records/" + record.get("eventId").asText() + "/in-error",
                Map.of("reason", "Recorded in error")).expect(201);
    }

    private static ChildArrangementsView arrangements(String child) {
        return together.bean(QueryGateway.class)
                .query(new ChildArrangements(UUID.fromString(child)), ChildArrangementsView.class).join();
    }
}
