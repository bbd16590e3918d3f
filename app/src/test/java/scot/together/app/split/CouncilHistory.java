package scot.together.app.split;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scot.together.app.support.Api;
import scot.together.app.support.CouncilStory;

/**
 * One council's story, told through the HTTP API of whichever Together it is given (split or
 * one process), checking each answer on the way; then the reports it gives, with every id
 * the story was given replaced by its name, so that two runs can be compared.
 *
 * <pre>
 * homes: Oak (within), Elm (within), Shore (outwith)
 * Ann and Ben, full brothers, away from home from 1 January 2025: Ann to Oak; Ben to Elm is
 *      refused (apart without an approved separation); Ben to Oak
 * Dee and Eli, half sisters, away from home from 1 January 2025: a separation is requested (its
 *      assessment of 20 February) and approved on 25 February, then on 1 March Dee to Oak and Eli
 *      to Shore
 * Cal, away from home from 1 June 2024: Oak; Shore 1 February 2025 (unplanned); Elm 1 March
 *      (planned), marked in error; an exclusion from 10 March approved by both heads;
 *      his subject-access export names no other child
 * </pre>
 */
final class CouncilHistory {

    private final Api api;
    private final CouncilStory story;
    private final Api.Session worker;
    private final Map<String, String> ids = new LinkedHashMap<>();

    CouncilHistory(Api api) {
        this.api = api;
        this.story = new CouncilStory(api);
        this.worker = api.as("social.worker");
    }

    /** Tells the story, checking every answer; the named ids it was given. */
    Map<String, String> tell() {
        String oak = named("Oak", story.home("Oak House", "RESIDENTIAL", true));
        String elm = named("Elm", story.home("Elm Foster Family", "FOSTER", true));
        String shore = named("Shore", story.home("Shore Foster Family", "FOSTER", false));

        String ann = named("Ann", story.child("Ann", "Reid", "2014-03-01"));
        String ben = named("Ben", story.child("Ben", "Reid", "2016-05-01"));
        named("Ann and Ben", story.brothersAndSisters(ann, ben, "FULL", "2016-05-01"));
        story.accommodated(ann, "2025-01-01");
        story.accommodated(ben, "2025-01-01");
        story.place(ann, oak, "2025-01-01", null).expect(204);
        JsonNode refused = story.place(ben, elm, "2025-01-01", null).expect(409).json();
        assertThat(refused.get("code").asText()).isEqualTo("SEPARATION_NOT_APPROVED");
        story.place(ben, oak, "2025-01-01", null).expect(204);

        String dee = named("Dee", story.child("Dee", "Moss", "2013-07-01"));
        String eli = named("Eli", story.child("Eli", "Moss", "2017-09-01"));
        named("Dee and Eli", story.brothersAndSisters(dee, eli, "HALF", "2017-09-01"));
        story.accommodated(dee, "2025-01-01");
        story.accommodated(eli, "2025-01-01");
        String apart = named("Dee and Eli apart", worker.post("/api/separations",
                CouncilStory.separationRequest(List.of(dee, eli), "2025-02-20", "2025-08-01")).id());
        api.as("head.of.service").post("/api/separations/" + apart + "/approve",
                Map.of("comment", "Agreed", "decidedOn", "2025-02-25")).expect(204);
        story.place(dee, oak, "2025-03-01", null).expect(204);
        story.place(eli, shore, "2025-03-01", null).expect(204);

        String cal = named("Cal", story.child("Cal", "Lang", "2012-02-02"));
        story.accommodated(cal, "2024-06-01");
        story.place(cal, oak, "2024-06-01", null).expect(204);
        story.place(cal, shore, "2025-02-01", "UNPLANNED").expect(204);
        story.place(cal, elm, "2025-03-01", "PLANNED").expect(204);
        assertThat(worker.get("/api/children/" + cal).expect(200).json().get("homeId").asText()).isEqualTo(elm);
        String move = eventId(cal, "ChildPlaced", "Moved to Elm");
        worker.post("/api/records/" + move + "/in-error", Map.of("reason", "He stayed at Shore")).expect(201);
        assertThat(worker.get("/api/children/" + cal).expect(200).json().get("homeId").asText())
                .as("after the move in error Cal lives where he lived before").isEqualTo(shore);

        String exclusion = named("Cal's exclusion", worker.post("/api/exclusions", Map.of("childId", cal,
                "school", "Lornshill Academy", "startDate", "2025-03-10", "days", 2, "reason", "Damage to property"))
                .id());
        api.as("head.of.education").post("/api/exclusions/" + exclusion + "/approve", Map.of("comment", "Shortest"))
                .expect(204);
        assertThat(exclusionStatus(exclusion)).isEqualTo("PENDING");
        api.as("head.of.cfsw").post("/api/exclusions/" + exclusion + "/approve", Map.of("comment", "Agreed"))
                .expect(204);
        assertThat(exclusionStatus(exclusion)).isEqualTo("APPROVED");

        JsonNode export = api.as("head.of.service").get("/api/children/" + cal + "/subject-access").expect(200).json();
        assertThat(export.get("givenName").asText()).isEqualTo("Cal");
        assertThat(export.get("events")).isNotEmpty();
        assertThat(export.toString()).contains(move).doesNotContain(ann).doesNotContain("Dee");
        return ids;
    }

    /** The reports of the story, each with the story's ids replaced by their names. */
    Map<String, String> reports() {
        Map<String, String> reports = new LinkedHashMap<>();
        for (String path : List.of(
                "/api/reports/moves?from=2024-08-01&to=2025-07-31",
                "/api/reports/moves?from=2024-08-01&to=2025-07-31&format=csv",
                "/api/reports/local-care?asAt=2025-03-31",
                "/api/reports/togetherness?asAt=2025-03-31",
                "/api/reports/togetherness/trend?from=2025-01-01&to=2025-03-31",
                "/api/reports/exclusions?from=2025-01-01&to=2025-12-31",
                "/api/reports/permanence?asAt=2025-03-31",
                "/api/reports/restraint-and-secure-care?from=2025-01-01&to=2025-12-31",
                "/api/separations/register?asAt=2025-03-31",
                "/api/children/" + ids.get("Cal"))) {
            String body = api.as("head.of.service").get(path).expect(200).body();
            for (Map.Entry<String, String> id : ids.entrySet()) {
                body = body.replace(id.getValue(), "<" + id.getKey() + ">");
            }
            reports.put(path.replace(ids.get("Cal"), "<Cal>"), body);
        }
        return reports;
    }

    private String named(String name, String id) {
        ids.put(name, id);
        return id;
    }

    private String eventId(String child, String type, String summaryStart) {
        return worker.get("/api/children/" + child + "/history").expect(200).json().findParents("type").stream()
                .filter(e -> e.get("type").asText().equals(type) && e.get("summary").asText().startsWith(summaryStart))
                .findFirst().orElseThrow(() -> new AssertionError("No " + type + " '" + summaryStart + "'"))
                .get("eventId").asText();
    }

    private String exclusionStatus(String exclusion) {
        for (JsonNode listed : worker.get("/api/exclusions").expect(200).json()) {
            if (listed.get("id").asText().equals(exclusion)) {
                return listed.get("status").asText();
            }
        }
        return "not listed";
    }
}
