package scot.together.app.family;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import scot.together.app.support.Api;
import scot.together.app.support.CouncilStory;
import scot.together.app.support.TogetherTest;

/**
 * Separations that name who lives apart from whom, and the reunification finder, through the
 * HTTP API on a real PostgreSQL.
 */
class PairsAndReunificationTest extends TogetherTest {

    private final CouncilStory story = new CouncilStory(api);
    private final Api.Session worker = api.as("social.worker");
    private final Api.Session head = api.as("head.of.service");

    private String home(String name, String kind, boolean within, Integer places, Integer youngest, Integer oldest) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("kind", kind);
        body.put("withinAuthority", within);
        if (places != null) {
            body.put("places", places);
        }
        if (youngest != null) {
            body.put("youngestAge", youngest);
            body.put("oldestAge", oldest);
        }
        return worker.post("/api/homes", body).id();
    }

    private String livesAt(String given, String family, String born, String home, String from) {
        String child = story.child(given, family, born);
        story.accommodated(child, from);
        story.place(child, home, from, null).expect(204);
        return child;
    }

    @Test
    void aSeparationOfPairsCoversOnlyThosePairsAndAMoveBeforeTheApprovalSaysSo() {
        String oak = story.home("Oak Pairs House", "RESIDENTIAL", true);
        String elm = story.home("Elm Pairs Foster", "FOSTER", true);
        String eilidh = livesAt("Eilidh", "Pairs", "2014-02-01", oak, "2024-01-01");
        String rory = livesAt("Rory", "Pairs", "2016-05-01", oak, "2024-01-01");
        String isla = livesAt("Isla", "Pairs", "2012-09-01", oak, "2024-01-01");
        story.brothersAndSisters(eilidh, rory, "FULL", "2016-05-01");
        story.brothersAndSisters(eilidh, isla, "FULL", "2014-02-01");
        story.brothersAndSisters(rory, isla, "FULL", "2016-05-01");

        Map<String, Object> request = CouncilStory.separationRequest(List.of(isla, eilidh, rory), "2024-01-10",
                "2024-07-01");
        request.put("sides", List.of(List.of(isla), List.of(eilidh, rory)));
        Map<String, Object> both = new LinkedHashMap<>(request);
        both.put("apart", List.of(Map.of("childId", isla, "otherChildId", eilidh)));
        assertThat(worker.post("/api/separations", both).expect(400).code()).isEqualTo("VALIDATION");
        Map<String, Object> leftOut = new LinkedHashMap<>(request);
        leftOut.remove("sides");
        leftOut.put("apart", List.of(Map.of("childId", isla, "otherChildId", eilidh)));
        assertThat(worker.post("/api/separations", leftOut).expect(400).code()).isEqualTo("VALIDATION");

        String separation = worker.post("/api/separations", request).id();
        head.post("/api/separations/" + separation + "/approve", Map.of("comment", "Isla apart; Eilidh and Rory"
                + " together", "decidedOn", "2024-02-01")).expect(204);

        var early = story.place(isla, elm, "2024-01-15", "PLANNED").expect(409);
        assertThat(early.code()).isEqualTo("SEPARATION_NOT_APPROVED");
        assertThat(early.json().get("detail").asText()).contains("On 15 January 2024", "approved from 1 February 2024",
                "decidedOn").doesNotContain("Ask for a separation");

        var apart = story.place(eilidh, elm, "2024-03-01", "PLANNED").expect(409);
        assertThat(apart.code()).isEqualTo("SEPARATION_NOT_APPROVED");
        assertThat(apart.json().get("detail").asText()).contains("Rory Pairs").doesNotContain("Isla Pairs");

        story.place(isla, elm, "2024-03-01", "PLANNED").expect(204);
        JsonNode register = worker.get("/api/separations/register?asAt=2024-03-02").expect(200).json();
        // (other tests' children may be apart without approval; none of these three is)
        assertThat(register.get("apartWithoutApproval").toString()).doesNotContain(isla, eilidh, rory);

        // Rory joins Isla: Eilidh is left apart from Rory, whom the separation keeps with her
        story.place(rory, elm, "2024-04-01", "PLANNED").expect(409);
        assertThat(worker.get("/api/children/" + eilidh + "/history").expect(200).json().toString())
                .contains("Only these would live apart");
    }

    @Test
    void theFinderListsHomesWithRoomForTheWholeGroupWithinTheAreaFirst() {
        String ash = home("Ash Reunite House", "RESIDENTIAL", true, null, null, null);
        String beech = home("Beech Reunite Foster", "FOSTER", false, 2, null, null);
        String cedar = home("Cedar Reunite House", "RESIDENTIAL", true, 4, null, null);
        String dale = home("Dale Reunite Foster", "FOSTER", false, 5, null, null);
        String gorse = home("Gorse Reunite Foster", "FOSTER", true, 2, null, null);
        String fir = home("Fir Reunite Foster", "FOSTER", true, 3, 0, 10);
        String mia = livesAt("Mia", "Reunite", "2012-03-01", ash, "2024-01-01");
        String noah = livesAt("Noah", "Reunite", "2015-03-01", beech, "2024-01-01");
        String ola = livesAt("Ola", "Reunite", "2017-03-01", beech, "2024-01-01");
        livesAt("Una", "Elsewhere", "2013-03-01", cedar, "2024-01-01");
        // recorded after they were placed apart: allowed, and shown as living apart
        story.brothersAndSisters(mia, noah, "FULL", "2015-03-01");
        story.brothersAndSisters(noah, ola, "HALF", "2017-03-01");

        assertThat(worker.get("/api/reunification?asAt=2024-06-01").expect(403).code()).isEqualTo("FORBIDDEN");
        JsonNode found = head.get("/api/reunification?asAt=2024-06-01").expect(200).json();
        JsonNode group = StreamSupport.stream(found.get("groups").spliterator(), false)
                .filter(g -> g.get("childIds").toString().contains(mia)).findFirst().orElseThrow();
        assertThat(ids(group.get("childIds"), "")).containsExactly(mia, noah, ola);
        assertThat(group.get("together").asInt()).isEqualTo(2);
        // Cedar (within, 3 vacancies) before Dale (outwith, 5); Gorse has too few places, Fir is not
        // approved for Mia's age, Beech is full and Ash has no places recorded
        assertThat(ids(group.get("homes"), "homeId")).containsExactly(cedar, dale);
        assertThat(group.get("homes").get(0).get("vacancies").asInt()).isEqualTo(3);
        assertThat(group.get("homes").get(1).get("vacancies").asInt()).isEqualTo(5);
        assertThat(group.get("homes").get(0).get("withinAuthority").asBoolean()).isTrue();
        assertThat(ids(group.get("homesForSome"), "homeId")).doesNotContain(gorse, fir, beech, ash);
        assertThat(group.get("reviews")).isEmpty();

        // before the brothers and sisters were recorded there is no group
        JsonNode before = head.get("/api/reunification?asAt=2014-01-01").expect(200).json();
        assertThat(before.toString()).doesNotContain(mia);

        // the Head of Service agrees that Mia lives apart: the review date shows beside the group
        String separation = worker.post("/api/separations", CouncilStory.separationRequest(List.of(mia, noah),
                "2024-05-01", "2024-12-01")).id();
        head.post("/api/separations/" + separation + "/approve", Map.of("comment", "Agreed", "decidedOn",
                "2024-05-02")).expect(204);
        group = StreamSupport.stream(head.get("/api/reunification?asAt=2024-06-01").expect(200).json().get("groups")
                .spliterator(), false).filter(g -> g.get("childIds").toString().contains(mia)).findFirst().orElseThrow();
        assertThat(group.get("reviews").get(0).get("reviewBy").asText()).isEqualTo("2024-12-01");

        // places recorded later apply from their day: Gorse can take three from July
        worker.post("/api/homes/" + gorse + "/places", Map.of("places", 3, "from", "2024-07-01")).expect(204);
        group = StreamSupport.stream(head.get("/api/reunification?asAt=2024-07-02").expect(200).json().get("groups")
                .spliterator(), false).filter(g -> g.get("childIds").toString().contains(mia)).findFirst().orElseThrow();
        assertThat(ids(group.get("homes"), "homeId")).containsExactly(cedar, gorse, dale);

        assertThat(worker.post("/api/homes/" + java.util.UUID.randomUUID() + "/places", Map.of("places", 2))
                .expect(404).code()).isEqualTo("NOT_FOUND");
        assertThat(worker.post("/api/homes/" + gorse + "/places", Map.of("places", 0)).expect(400).code())
                .isEqualTo("VALIDATION");
        assertThat(head.get("/api/reunification?asAt=1066-10-14").expect(400).code()).isEqualTo("VALIDATION");

        String docs = head.get("/v3/api-docs").expect(200).body();
        assertThat(docs).contains("/api/reunification", "/api/homes/{id}/places", "homesForSome", "\"places\"",
                "\"sides\"", "\"apart\"");
    }

    private static List<String> ids(JsonNode array, String field) {
        List<String> ids = new ArrayList<>();
        array.forEach(node -> ids.add(field.isEmpty() ? node.asText() : node.get(field).asText()));
        return ids;
    }
}
