package scot.together.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.together.app.support.CouncilStory;
import scot.together.app.support.Response;
import scot.together.app.support.TogetherTest;

/**
 * A council's story told through the API, and the moves and local-care figures it gives,
 * worked out by hand below. The period is the CLAS year 1 August 2024 to 31 July 2025.
 *
 * <pre>
 * homes: Birch (within), Rowan (within), Shore (outwith), Glen (outwith)
 * Amy   away from home from 2024-01-10: Birch; 2024-08-01 Shore (unplanned, the period's first day);
 *       2025-01-15 Rowan (planned); 2025-07-31 Glen (unplanned, the period's last day)   -> 3 moves in P
 * Ben   away from home from 2024-09-01: Birch; 2025-08-01 Shore (unplanned, the day after P) -> 0 moves in P
 * Cara  away from home 2023-01-01 to 2024-03-01 at Shore: looked after only before P         -> not counted
 *       after her episode ended, a move to Rowan on 2023-06-01 (planned) is recorded late
 * Dan   away from home 2024-10-01 to 2025-07-31: Rowan; 2024-12-01 Birch (planned)          -> 1 move in P
 * Eve   at home from 2024-05-01; away from home 2024-11-01 at Shore; at home again 2025-06-01 -> 0 moves
 * Finn  registered, never looked after; Gus in informal care only                        -> not counted
 * </pre>
 */
class CouncilReportsTest extends TogetherTest {

    static String amy;
    static String ben;
    static String dan;
    static String eve;
    static String birch;
    static String rowan;
    static String shore;
    static String glen;

    @BeforeAll
    static void tellTheStory() {
        CouncilStory story = new CouncilStory(api);
        birch = story.home("Birch House", "RESIDENTIAL", true);
        rowan = story.home("Rowan Foster Family", "FOSTER", true);
        shore = story.home("Shore Foster Family", "FOSTER", false);
        glen = story.home("Glen Kinship Carers", "KINSHIP", false);

        amy = story.child("Amy", "Reid", "2012-04-03");
        story.accommodated(amy, "2024-01-10");
        story.place(amy, birch, "2024-01-10", null).expect(204);
        story.place(amy, shore, "2024-08-01", "UNPLANNED").expect(204);
        story.place(amy, rowan, "2025-01-15", "PLANNED").expect(204);
        story.place(amy, glen, "2025-07-31", "UNPLANNED").expect(204);

        ben = story.child("Ben", "Reid", "2014-02-11");
        story.accommodated(ben, "2024-09-01");
        story.place(ben, birch, "2024-09-01", null).expect(204);
        story.place(ben, shore, "2025-08-01", "UNPLANNED").expect(204);

        String cara = story.child("Cara", "Moss", "2010-09-09");
        String caraEpisode = story.accommodated(cara, "2023-01-01");
        story.place(cara, shore, "2023-01-01", null).expect(204);
        story.endEpisode(cara, caraEpisode, "2024-03-01");
        story.place(cara, rowan, "2023-06-01", "PLANNED").expect(204);

        dan = story.child("Dan", "Moss", "2016-06-30");
        String danEpisode = story.accommodated(dan, "2024-10-01");
        story.place(dan, rowan, "2024-10-01", null).expect(204);
        story.place(dan, birch, "2024-12-01", "PLANNED").expect(204);
        story.endEpisode(dan, danEpisode, "2025-07-31");

        eve = story.child("Eve", "Lang", "2011-12-24");
        String eveEpisode = story.episode(eve, "2024-05-01", "LOOKED_AFTER_AT_HOME");
        changeCategory(eve, eveEpisode, "2024-11-01", "LOOKED_AFTER_AWAY_FROM_HOME");
        story.place(eve, shore, "2024-11-01", null).expect(204);
        changeCategory(eve, eveEpisode, "2025-06-01", "LOOKED_AFTER_AT_HOME");

        story.child("Finn", "Lang", "2019-01-01");
        String gus = story.child("Gus", "Kerr", "2013-03-03");
        story.episode(gus, "2024-09-01", "CARE_EXPERIENCED_INFORMAL");
    }

    static void changeCategory(String child, String episode, String date, String category) {
        api.as("social.worker").post("/api/children/" + child + "/episodes/" + episode + "/category",
                Map.of("date", date, "category", category)).expect(204);
    }

    static JsonNode moves(String from, String to) {
        return api.as("head.of.service").get("/api/reports/moves?from=" + from + "&to=" + to).expect(200).json();
    }

    static JsonNode localCare(String asAt) {
        return api.as("head.of.service").get("/api/reports/local-care?asAt=" + asAt).expect(200).json();
    }

    @Test
    void movesOverTheYearCountMovesOnItsFirstAndLastDayButNotTheDayAfter() {
        JsonNode year = moves("2024-08-01", "2025-07-31");
        assertThat(year.get("from").asText()).isEqualTo("2024-08-01");
        assertThat(year.get("to").asText()).isEqualTo("2025-07-31");
        // Amy, Ben, Dan, Eve; not Cara (only before), Finn (never), Gus (informal care)
        assertThat(year.get("childrenLookedAfter").asLong()).isEqualTo(4);
        // Amy (3) and Dan (1): 2 of 4
        assertThat(year.at("/oneOrMoreMoves/count").asLong()).isEqualTo(2);
        assertThat(year.at("/oneOrMoreMoves/percent").decimalValue()).isEqualByComparingTo("50.0");
        // Amy: 1 of 4
        assertThat(year.at("/threeOrMoreMoves/count").asLong()).isEqualTo(1);
        assertThat(year.at("/threeOrMoreMoves/percent").decimalValue()).isEqualByComparingTo("25.0");
        // Amy's moves of 2024-08-01 and 2025-07-31; Ben's of 2025-08-01 falls after the year
        assertThat(year.get("unplannedEndings").asLong()).isEqualTo(2);
    }

    @Test
    void aPeriodWithoutItsEdgeDaysLosesTheMovesOnThem() {
        JsonNode inner = moves("2024-08-02", "2025-07-30");
        assertThat(inner.get("childrenLookedAfter").asLong()).isEqualTo(4);
        // Amy's only move inside is 2025-01-15; Dan's 2024-12-01
        assertThat(inner.at("/oneOrMoreMoves/count").asLong()).isEqualTo(2);
        assertThat(inner.at("/threeOrMoreMoves/count").asLong()).isZero();
        assertThat(inner.at("/threeOrMoreMoves/percent").decimalValue()).isEqualByComparingTo("0.0");
        assertThat(inner.get("unplannedEndings").asLong()).isZero();
    }

    @Test
    void theDayAfterThePeriodIsAPeriodOfItsOwn() {
        JsonNode day = moves("2025-08-01", "2025-08-01");
        // Amy, Ben and Eve (at home) are looked after; Dan's episode ended on 31 July
        assertThat(day.get("childrenLookedAfter").asLong()).isEqualTo(3);
        assertThat(day.at("/oneOrMoreMoves/count").asLong()).isEqualTo(1);
        assertThat(day.at("/oneOrMoreMoves/percent").decimalValue()).isEqualByComparingTo("33.3");
        assertThat(day.get("unplannedEndings").asLong()).isEqualTo(1);
    }

    @Test
    void localCareOnTheLastDayOfTheYear() {
        JsonNode census = localCare("2025-07-31");
        assertThat(census.get("asAt").asText()).isEqualTo("2025-07-31");
        // Amy (moved to Glen, outwith, that day) and Ben (Birch, within); Dan's episode ended that day,
        // Eve is looked after at home
        assertThat(census.get("accommodated").asLong()).isEqualTo(2);
        assertThat(census.at("/withinAuthority/count").asLong()).isEqualTo(1);
        assertThat(census.at("/withinAuthority/percent").decimalValue()).isEqualByComparingTo("50.0");
    }

    @Test
    void localCareTheDayBeforeCountsDanAndAmysOldHome() {
        JsonNode census = localCare("2025-07-30");
        // Amy at Rowan, Ben at Birch, Dan at Birch: all within
        assertThat(census.get("accommodated").asLong()).isEqualTo(3);
        assertThat(census.at("/withinAuthority/count").asLong()).isEqualTo(3);
        assertThat(census.at("/withinAuthority/percent").decimalValue()).isEqualByComparingTo("100.0");
    }

    @Test
    void aHomeLeftOnTheAsAtDateIsNotTheHomeOnThatDate() {
        JsonNode census = localCare("2025-08-01");
        // Ben left Birch (within) for Shore (outwith) on 1 August; Amy is at Glen (outwith)
        assertThat(census.get("accommodated").asLong()).isEqualTo(2);
        assertThat(census.at("/withinAuthority/count").asLong()).isZero();
        assertThat(census.at("/withinAuthority/percent").decimalValue()).isEqualByComparingTo("0.0");
    }

    @Test
    void localCareMidYearCountsEveWhileSheWasAwayFromHome() {
        JsonNode census = localCare("2025-01-01");
        // Amy at Shore (outwith), Ben at Birch, Dan at Birch (moved 1 December), Eve at Shore (outwith)
        assertThat(census.get("accommodated").asLong()).isEqualTo(4);
        assertThat(census.at("/withinAuthority/count").asLong()).isEqualTo(2);
        assertThat(census.at("/withinAuthority/percent").decimalValue()).isEqualByComparingTo("50.0");
    }

    @Test
    void aMoveRecordedAfterTheEpisodeEndedCountsOnTheDayItHappened() {
        JsonNode year2023 = moves("2023-01-01", "2023-12-31");
        // only Cara was looked after in 2023, and she moved once
        assertThat(year2023.get("childrenLookedAfter").asLong()).isEqualTo(1);
        assertThat(year2023.at("/oneOrMoreMoves/count").asLong()).isEqualTo(1);
        assertThat(year2023.at("/oneOrMoreMoves/percent").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(year2023.get("unplannedEndings").asLong()).isZero();

        // at Shore (outwith) until 1 June 2023, then at Rowan (within) until her episode ended on 1 March 2024
        assertThat(localCare("2023-05-31").at("/withinAuthority/count").asLong()).isZero();
        assertThat(localCare("2023-06-01").at("/withinAuthority/count").asLong()).isEqualTo(1);
        // with Amy, at Birch since 10 January 2024
        JsonNode lastDay = localCare("2024-02-29");
        assertThat(lastDay.get("accommodated").asLong()).isEqualTo(2);
        assertThat(lastDay.at("/withinAuthority/count").asLong()).isEqualTo(2);
        JsonNode ended = localCare("2024-03-01");
        assertThat(ended.get("accommodated").asLong()).isEqualTo(1);
        assertThat(ended.at("/withinAuthority/percent").decimalValue()).isEqualByComparingTo("100.0");
    }

    @Test
    void reportsDownloadAsCsv() {
        Response movesCsv = api.as("board.member").get("/api/reports/moves?from=2024-08-01&to=2025-07-31&format=csv")
                .expect(200);
        assertThat(movesCsv.header("Content-Type")).startsWith("text/csv");
        assertThat(movesCsv.header("Content-Disposition")).contains("attachment").contains(".csv");
        assertThat(movesCsv.body().split("\r\n")).containsExactly(
                "From,To,Children looked after,Children with 1 or more moves,Percent with 1 or more moves,"
                        + "Children with 3 or more moves,Percent with 3 or more moves,Homes that ended unplanned",
                "2024-08-01,2025-07-31,4,2,50.0,1,25.0,2");

        Response localCsv = api.as("board.member").get("/api/reports/local-care?asAt=2025-07-31&format=csv")
                .expect(200);
        assertThat(localCsv.header("Content-Type")).startsWith("text/csv");
        assertThat(localCsv.body().split("\r\n")).containsExactly(
                "As at,Children looked after away from home,Living within the council's area,"
                        + "Percent living within the council's area",
                "2025-07-31,2,1,50.0");
    }

    @Test
    void theChildsRecordShowsWhereTheyLiveToday() {
        JsonNode record = api.as("social.worker").get("/api/children/" + amy).expect(200).json();
        assertThat(record.get("givenName").asText()).isEqualTo("Amy");
        assertThat(record.get("familyName").asText()).isEqualTo("Reid");
        assertThat(record.get("dateOfBirth").asText()).isEqualTo("2012-04-03");
        assertThat(record.get("category").asText()).isEqualTo("LOOKED_AFTER_AWAY_FROM_HOME");
        assertThat(record.get("homeId").asText()).isEqualTo(glen);

        JsonNode ended = api.as("social.worker").get("/api/children/" + dan).expect(200).json();
        assertThat(ended.get("category").isNull()).isTrue();
        assertThat(ended.get("homeId").isNull()).isTrue();

        JsonNode atHome = api.as("social.worker").get("/api/children/" + eve).expect(200).json();
        assertThat(atHome.get("category").asText()).isEqualTo("LOOKED_AFTER_AT_HOME");
    }

    @Test
    void theHistoryTellsTheStoryInOrderAndInPlainWords() {
        JsonNode history = api.as("social.worker").get("/api/children/" + amy + "/history").expect(200).json();
        assertThat(history).hasSize(6);
        assertThat(history.get(0).get("type").asText()).isEqualTo("ChildRegistered");
        assertThat(history.get(1).get("type").asText()).isEqualTo("EpisodeStarted");
        assertThat(history.get(1).get("effectiveDate").asText()).isEqualTo("2024-01-10");
        assertThat(history.get(2).get("summary").asText()).isEqualTo("Began living at Birch House");
        assertThat(history.get(3).get("summary").asText())
                .isEqualTo("Moved to Shore Foster Family; the previous home ended before it was planned to");
        assertThat(history.get(4).get("summary").asText())
                .isEqualTo("Moved to Rowan Foster Family; the previous home ended as planned");
        assertThat(history.get(5).get("effectiveDate").asText()).isEqualTo("2025-07-31");
        for (JsonNode entry : history) {
            assertThat(entry.get("recordedBy").asText()).isEqualTo("social.worker");
            assertThat(entry.get("role").asText()).isEqualTo("SOCIAL_WORKER");
            assertThat(entry.get("recordedAt").asText()).isNotBlank();
        }
    }

    @Test
    void rebuildingTheReadModelsChangesNoAnswer() throws InterruptedException {
        String movesBefore = api.as("head.of.service").get("/api/reports/moves?from=2024-08-01&to=2025-07-31")
                .expect(200).body();
        String localBefore = api.as("head.of.service").get("/api/reports/local-care?asAt=2025-01-01").expect(200).body();
        String recordBefore = api.as("social.worker").get("/api/children/" + amy).expect(200).body();
        String historyBefore = api.as("social.worker").get("/api/children/" + amy + "/history").expect(200).body();

        api.as("social.worker").post("/api/admin/read-models/rebuild", Map.of()).expect(403);
        api.as("board.member").get("/api/admin/read-models").expect(403);
        JsonNode started = api.as("admin").post("/api/admin/read-models/rebuild", Map.of()).expect(202).json();
        assertThat(started.get("readModels")).isNotEmpty();

        JsonNode progress = awaitRebuilt();
        assertThat(progress.get("newestEvent").asLong()).isPositive();
        for (JsonNode model : progress.get("readModels")) {
            assertThat(model.get("percent").asDouble()).as(model.get("name").asText()).isEqualTo(100.0);
            assertThat(model.get("rebuilding").asBoolean()).isFalse();
            assertThat(model.get("running").asBoolean()).isTrue();
        }
        assertThat(progress.get("readModels")).extracting(m -> m.get("name").asText())
                .contains("children", "event-log");

        assertThat(api.as("head.of.service").get("/api/reports/moves?from=2024-08-01&to=2025-07-31").expect(200).body())
                .isEqualTo(movesBefore);
        assertThat(api.as("head.of.service").get("/api/reports/local-care?asAt=2025-01-01").expect(200).body())
                .isEqualTo(localBefore);
        assertThat(api.as("social.worker").get("/api/children/" + amy).expect(200).body()).isEqualTo(recordBefore);
        assertThat(api.as("social.worker").get("/api/children/" + amy + "/history").expect(200).body())
                .isEqualTo(historyBefore);

        // what is recorded after a rebuild is read straight back, as ever
        String late = new CouncilStory(api).child("Lara", "Late", "2018-08-08");
        assertThat(api.as("social.worker").get("/api/children/" + late).expect(200).json().get("givenName").asText())
                .isEqualTo("Lara");
    }

    private static JsonNode awaitRebuilt() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            JsonNode progress = api.as("admin").get("/api/admin/read-models").expect(200).json();
            boolean done = true;
            for (JsonNode model : progress.get("readModels")) {
                done &= model.get("percent").asDouble() == 100.0 && !model.get("rebuilding").asBoolean();
            }
            if (done || Instant.now().isAfter(deadline)) {
                return progress;
            }
            Thread.sleep(200);
        }
    }
}
