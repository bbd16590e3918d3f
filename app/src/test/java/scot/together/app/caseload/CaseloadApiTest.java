package scot.together.app.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.together.app.support.Api;
import scot.together.app.support.CouncilStory;
import scot.together.app.support.TogetherTest;

/**
 * Allocations through the API, the caseload of the signed-in worker with where each child lives
 * and what is due, every team's caseload, what is due for each role, the move a separation
 * request is for, and a registration that asks before recording a second child alike.
 */
class CaseloadApiTest extends TogetherTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    static Api.Session worker;
    static CouncilStory story;
    static String ada;
    static String ben;
    static String cal;
    static String birch;
    static String shore;
    static String separationWaiting;
    static String exclusion;

    static String date(LocalDate date) {
        return CouncilStory.date(date);
    }

    static Map<String, Object> allocation(String worker, String team, LocalDate from) {
        return Map.of("worker", worker, "team", team, "from", date(from));
    }

    /**
     * Ada and Ben, brothers and sisters, live apart by an agreed separation due for review;
     * Ada has been looked after seven months with no permanent plan, weekly family time with one
     * of its three dates recorded, a proposed exclusion; Ada and Cal have a separation request waiting.
     */
    @BeforeAll
    static void story() {
        worker = api.as("social.worker");
        story = new CouncilStory(api);
        birch = story.home("Birch House", "RESIDENTIAL", true);
        shore = story.home("Shore Foster Family", "FOSTER", false);
        ada = story.child("Ada", "Caseload", "2013-04-03");
        ben = story.child("Ben", "Caseload", "2015-02-11");
        cal = story.child("Cal", "Caseload", "2016-08-08");
        story.accommodated(ada, date(TODAY.minusMonths(7)));
        story.place(ada, birch, date(TODAY.minusMonths(7)), null).expect(204);
        story.accommodated(ben, date(TODAY.minusMonths(7)));
        story.place(ben, shore, date(TODAY.minusMonths(7)), null).expect(204);
        // known to be brothers and sisters only once they lived apart; their separation agreed since
        story.brothersAndSisters(ada, ben, "FULL", "2015-02-11");
        story.separationAgreed(List.of(ada, ben), TODAY.plusDays(10), api.as("head.of.service"));
        // ben's permanent plan is recorded: nothing due for him there
        worker.post("/api/children/" + ben + "/permanence-plans", Map.of("kind", "KINSHIP_CARE",
                "agreedOn", date(TODAY.minusMonths(6)))).expect(201);
        String plan = worker.post("/api/family-time/plans", Map.of("childIds", List.of(ada, ben),
                "howOften", "WEEKLY", "startDate", date(TODAY.minusDays(15)))).id();
        worker.post("/api/family-time/plans/" + plan + "/sessions", Map.of("date", date(TODAY.minusDays(15)),
                "happened", true)).expect(201);
        exclusion = worker.post("/api/exclusions", Map.of("childId", ada, "school", "Alva Academy",
                "startDate", date(TODAY.plusDays(3)), "days", 2, "reason", "Fighting")).id();
        separationWaiting = worker.post("/api/separations",
                CouncilStory.separationRequest(List.of(ada, cal), date(TODAY.minusDays(2)),
                        date(TODAY.plusMonths(3)))).id();

        worker.post("/api/children/" + ada + "/allocations", allocation("social.worker", "East team",
                TODAY.minusDays(30))).expect(204);
        worker.post("/api/children/" + ben + "/allocations", allocation("social.worker", "East team",
                TODAY.minusDays(30))).expect(204);
    }

    @Test
    void theWorkersCaseloadListsTheirChildrenWithWhereEachLivesAndWhatIsDue() {
        JsonNode caseload = worker.get("/api/caseload").expect(200).json();
        assertThat(caseload).hasSize(2);
        JsonNode first = caseload.get(0);
        assertThat(first.get("childId").asText()).isEqualTo(ada);
        assertThat(first.get("givenName").asText()).isEqualTo("Ada");
        assertThat(first.get("familyName").asText()).isEqualTo("Caseload");
        assertThat(first.get("homeId").asText()).isEqualTo(birch);
        assertThat(first.get("team").asText()).isEqualTo("East team");
        assertThat(kinds(first.get("due"))).containsExactlyInAnyOrder("SEPARATION_REVIEW", "FAMILY_TIME",
                "PERMANENCE_PLAN", "EXCLUSION_DECISION", "SEPARATION_DECISION");
        JsonNode familyTime = due(first.get("due"), "FAMILY_TIME");
        assertThat(familyTime.get("count").asInt()).as("three dates so far, one recorded").isEqualTo(2);
        assertThat(familyTime.get("dueOn").asText()).isEqualTo(date(TODAY.minusDays(1)));
        assertThat(familyTime.get("overdue").asBoolean()).isTrue();
        JsonNode permanence = due(first.get("due"), "PERMANENCE_PLAN");
        assertThat(permanence.get("dueOn").asText()).isEqualTo(date(TODAY.minusMonths(7).plusMonths(6)));
        assertThat(permanence.get("overdue").asBoolean()).isTrue();
        JsonNode review = due(first.get("due"), "SEPARATION_REVIEW");
        assertThat(review.get("dueOn").asText()).isEqualTo(date(TODAY.plusDays(10)));
        assertThat(review.get("overdue").asBoolean()).isFalse();
        assertThat(due(first.get("due"), "SEPARATION_DECISION").get("recordId").asText()).isEqualTo(separationWaiting);
        assertThat(due(first.get("due"), "EXCLUSION_DECISION").get("recordId").asText()).isEqualTo(exclusion);

        JsonNode second = caseload.get(1);
        assertThat(second.get("childId").asText()).isEqualTo(ben);
        assertThat(second.get("homeId").asText()).isEqualTo(shore);
        assertThat(kinds(second.get("due"))).containsExactlyInAnyOrder("SEPARATION_REVIEW", "FAMILY_TIME");

        assertThat(names(api.as("social.worker2").get("/api/caseload").expect(200).json())).doesNotContain("Ada", "Ben");
        api.as("board.member").get("/api/caseload").expect(403);
    }

    @Test
    void allocationsAreRefusedWithStableCodesAndRecordNothing() {
        assertThat(worker.post("/api/children/" + cal + "/allocations", allocation("nobody.here", "East team",
                TODAY)).expect(409).code()).isEqualTo("UNKNOWN_WORKER");
        assertThat(worker.post("/api/children/" + cal + "/allocations", allocation("social.worker", "East team",
                LocalDate.parse("2016-08-07"))).expect(409).code()).isEqualTo("DATE_BEFORE_BIRTH");
        assertThat(worker.post("/api/children/" + cal + "/allocations", allocation("social.worker", "East team",
                TODAY.plusDays(1))).expect(409).code()).isEqualTo("DATE_IN_FUTURE");
        assertThat(worker.post("/api/children/" + cal + "/allocations", Map.of("worker", "social.worker",
                "from", date(TODAY))).expect(400).code()).isEqualTo("VALIDATION");
        api.as("board.member").post("/api/children/" + cal + "/allocations", allocation("social.worker",
                "East team", TODAY)).expect(403);
        assertThat(history(cal)).noneMatch(e -> e.get("type").asText().equals("ChildAllocated"));
    }

    @Test
    void aReallocationMovesTheChildToTheOtherCaseloadAndBackWhenMarkedInError() {
        String dee = story.child("Dee", "Caseload", "2012-01-01");
        worker.post("/api/children/" + dee + "/allocations", allocation("social.worker2", "West team",
                TODAY.minusDays(20))).expect(204);
        assertThat(names(api.as("social.worker2").get("/api/caseload").expect(200).json())).contains("Dee");
        worker.post("/api/children/" + dee + "/allocations", allocation("head.of.service", "West team",
                TODAY)).expect(204);
        assertThat(names(api.as("social.worker2").get("/api/caseload").expect(200).json())).doesNotContain("Dee");
        assertThat(names(api.as("head.of.service").get("/api/caseload").expect(200).json())).contains("Dee");
        assertThat(names(api.as("head.of.service").get("/api/caseload?worker=social.worker2").expect(200).json()))
                .doesNotContain("Dee");
        api.as("social.worker").get("/api/caseload?worker=social.worker2").expect(403);

        String reallocation = history(dee).stream().filter(e -> e.get("type").asText().equals("ChildAllocated")
                && e.get("summary").asText().contains("head.of.service")).findFirst().orElseThrow()
                .get("eventId").asText();
        worker.post("/api/records/" + reallocation + "/in-error", Map.of("reason", "Wrong worker")).expect(201);
        assertThat(names(api.as("social.worker2").get("/api/caseload").expect(200).json())).contains("Dee");
        assertThat(names(api.as("head.of.service").get("/api/caseload").expect(200).json())).doesNotContain("Dee");
    }

    @Test
    void everyTeamsCaseloadIsForTheHeadOfService() {
        JsonNode caseloads = api.as("head.of.service").get("/api/caseloads").expect(200).json();
        JsonNode east = null;
        for (JsonNode c : caseloads) {
            if (c.get("team").asText().equals("East team") && c.get("worker").asText().equals("social.worker")) {
                east = c;
            }
        }
        assertThat(east).isNotNull();
        assertThat(east.get("children").asInt()).isEqualTo(2);
        assertThat(east.get("due").asInt()).as("Ada's five and Ben's two").isEqualTo(7);
        assertThat(east.get("overdue").asInt()).as("family time twice, Ada's permanent plan").isEqualTo(3);
        worker.get("/api/caseloads").expect(403);
    }

    @Test
    void whatIsDueAnswersEachRoleForTheDecisionsItTakes() {
        JsonNode head = api.as("head.of.service").get("/api/due").expect(200).json();
        assertThat(recordsOf(head, "SEPARATION_DECISION")).containsExactly(separationWaiting);
        assertThat(kinds(head)).contains("SEPARATION_REVIEW").doesNotContain("EXCLUSION_DECISION");
        JsonNode education = api.as("head.of.education").get("/api/due").expect(200).json();
        assertThat(recordsOf(education, "EXCLUSION_DECISION")).containsExactly(exclusion);
        assertThat(kinds(education)).containsOnly("EXCLUSION_DECISION");
        JsonNode mine = worker.get("/api/due").expect(200).json();
        assertThat(kinds(mine)).contains("FAMILY_TIME", "PERMANENCE_PLAN", "SEPARATION_REVIEW");
        api.as("board.member").get("/api/due").expect(403);
    }

    @Test
    void aSeparationRequestCarriesTheMoveItIsFor() {
        worker.post("/api/separations/" + separationWaiting + "/proposed-move", Map.of("childId", cal,
                "homeId", shore, "moveOn", date(TODAY.plusDays(7)))).expect(204);
        assertThat(worker.post("/api/separations/" + separationWaiting + "/proposed-move", Map.of("childId", ben,
                "homeId", shore, "moveOn", date(TODAY.plusDays(7)))).expect(400).code()).isEqualTo("VALIDATION");
        assertThat(worker.post("/api/separations/" + separationWaiting + "/proposed-move", Map.of("childId", cal,
                "homeId", java.util.UUID.randomUUID().toString(), "moveOn", date(TODAY))).expect(404).code())
                .isEqualTo("NOT_FOUND");
        assertThat(history(cal)).anyMatch(e -> e.get("summary").asText()
                .startsWith("A separation is asked for so that Cal Caseload can move to Shore Foster Family on "));
    }

    @Test
    void registeringAChildAlikeAsksOnlyWhenTheClientAsks() {
        Map<String, Object> again = Map.of("givenName", "ada", "familyName", " CASELOAD", "dateOfBirth",
                "2013-04-03", "askIfAlike", true);
        assertThat(worker.post("/api/children", again).expect(409).code()).isEqualTo("REGISTERED_ALIKE");
        worker.post("/api/children", Map.of("givenName", "Ada", "familyName", "Caseload", "dateOfBirth",
                "2013-04-04", "askIfAlike", true)).expect(201);
        // as before for clients that do not ask: a second child alike is recorded
        worker.post("/api/children", Map.of("givenName", "Ada", "familyName", "Caseload", "dateOfBirth",
                "2013-04-03")).expect(201);
    }

    static List<String> kinds(JsonNode due) {
        List<String> kinds = new ArrayList<>();
        due.forEach(d -> kinds.add(d.get("kind").asText()));
        return kinds;
    }

    static JsonNode due(JsonNode due, String kind) {
        for (JsonNode d : due) {
            if (d.get("kind").asText().equals(kind)) {
                return d;
            }
        }
        throw new AssertionError("nothing due of kind " + kind + " in " + due);
    }

    static List<String> recordsOf(JsonNode due, String kind) {
        List<String> records = new ArrayList<>();
        due.forEach(d -> {
            if (d.get("kind").asText().equals(kind)) {
                records.add(d.get("recordId").asText());
            }
        });
        return records;
    }

    static List<String> names(JsonNode caseload) {
        List<String> names = new ArrayList<>();
        caseload.forEach(c -> names.add(c.get("givenName").asText()));
        return names;
    }

    static List<JsonNode> history(String child) {
        List<JsonNode> entries = new ArrayList<>();
        worker.get("/api/children/" + child + "/history").expect(200).json().forEach(entries::add);
        return entries;
    }

    @Test
    void aCaseloadAndEveryTeamsCaseloadComeWholeOrAPartAtATime() {
        assertThat(names(worker.get("/api/caseload?limit=1").expect(200).json())).containsExactly("Ada");
        assertThat(names(worker.get("/api/caseload?offset=1&limit=5").expect(200).json())).containsExactly("Ben");
        assertThat(worker.get("/api/caseload?offset=2").expect(200).json()).isEmpty();
        assertThat(worker.get("/api/caseload?limit=0").expect(400).json().get("code").asText())
                .isEqualTo("VALIDATION");
        worker.get("/api/caseload?offset=-1").expect(400);
        var head = api.as("head.of.service");
        JsonNode all = head.get("/api/caseloads").expect(200).json();
        assertThat(all).isNotEmpty();
        assertThat(head.get("/api/caseloads?limit=1").expect(200).json()).hasSize(1);
        assertThat(head.get("/api/caseloads?offset=" + all.size()).expect(200).json()).isEmpty();
        head.get("/api/caseloads?limit=10001").expect(400);
    }

    /**
     * A council reference, given at registration or recorded later, is on the child's record and
     * finds them whole and in any case (never in part); one marked in error no longer does.
     */
    @Test
    void aChildIsFoundByTheCouncilsReferenceWhole() {
        String dana = worker.post("/api/children", Map.of("givenName", "Dana", "familyName", "Reference",
                "dateOfBirth", "2014-07-07", "councilReference", "SW-20417")).id();
        assertThat(worker.get("/api/children/" + dana).expect(200).json().get("councilReference").asText())
                .isEqualTo("SW-20417");
        assertThat(ids(worker.get("/api/children?q=SW-20417").expect(200).json())).containsExactly(dana);
        assertThat(ids(worker.get("/api/children?q=sw-20417").expect(200).json())).containsExactly(dana);
        assertThat(worker.get("/api/children?q=SW-204").expect(200).json()).as("never in part").isEmpty();
        assertThat(ids(worker.get("/api/children?q=dana&bornOn=2014-07-07").expect(200).json()))
                .containsExactly(dana);
        assertThat(worker.get("/api/children?q=SW-20417&bornOn=2014-07-08").expect(200).json()).isEmpty();
        worker.get("/api/children").expect(400);
        api.as("board.member").get("/api/children?q=SW-20417").expect(403);

        worker.post("/api/children/" + dana + "/council-reference", Map.of("reference", "CS-77",
                "from", date(TODAY))).expect(204);
        JsonNode found = worker.get("/api/children?q=cs-77").expect(200).json();
        assertThat(ids(found)).containsExactly(dana);
        assertThat(found.get(0).get("councilReference").asText()).as("the one in use").isEqualTo("CS-77");
        assertThat(ids(worker.get("/api/children?q=SW-20417").expect(200).json()))
                .as("an earlier reference still finds the child").containsExactly(dana);
        assertThat(worker.post("/api/children/" + dana + "/council-reference", Map.of("reference", "CS-78",
                "from", date(TODAY.minusYears(1)))).expect(409).json().get("code").asText())
                .isEqualTo("DATE_OUT_OF_ORDER");
        assertThat(worker.post("/api/children/" + dana + "/council-reference", Map.of("reference", "X".repeat(51)))
                .expect(400).json().get("detail").asText()).contains("reference");
        api.as("board.member").post("/api/children/" + dana + "/council-reference", Map.of("reference", "B-1"))
                .expect(403);

        // marked in error: no longer in use, no longer finds the child; the history keeps both
        String wrong = story.eventId(dana, "CouncilReferenceRecorded", date(TODAY));
        worker.post("/api/records/" + wrong + "/in-error", Map.of("reason", "Another child's number")).expect(201);
        assertThat(worker.get("/api/children?q=CS-77").expect(200).json()).isEmpty();
        assertThat(worker.get("/api/children/" + dana).expect(200).json().get("councilReference").asText())
                .isEqualTo("SW-20417");
        JsonNode history = worker.get("/api/children/" + dana + "/history").expect(200).json();
        assertThat(summaries(history)).contains("The council's reference is SW-20417",
                "The council's reference is CS-77");
        // the board is told there is a reference, never what it is
        String boardHistory = api.as("board.member").get("/api/children/" + dana + "/history").expect(200).body();
        assertThat(boardHistory).contains("The council's reference recorded").doesNotContain("SW-20417", "CS-77");
    }

    private static List<String> ids(JsonNode children) {
        List<String> ids = new ArrayList<>();
        children.forEach(child -> ids.add(child.get("id").asText()));
        return ids;
    }

    private static List<String> summaries(JsonNode history) {
        List<String> summaries = new ArrayList<>();
        history.forEach(entry -> summaries.add(entry.get("summary").asText()));
        return summaries;
    }
}
