package scot.together.app.corrections;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import scot.together.api.child.ChildEpisodes;
import scot.together.api.child.EpisodeSummary;
import scot.together.api.childpage.ChildArrangements;
import scot.together.api.childpage.ChildArrangementsView;
import scot.together.app.support.Api;
import scot.together.app.support.CouncilStory;
import scot.together.app.support.TogetherTest;

/**
 * The corrections of issue 9, one by one: a record marked in error is as if it had never been
 * recorded, for the rules as well as the pages and reports, and the right record can be made in
 * its place. The reports each example reads cover days before any other example's episodes begin.
 */
class CorrectionExamplesTest extends TogetherTest {

    private final CouncilStory story = new CouncilStory(api);
    private final Api.Session worker = api.as("social.worker");

    @Test
    void theRightEpisodeStartsOnceTheWrongOneIsMarkedInError() {
        String child = story.child("Isla", "Episode", "2012-02-02");
        story.accommodated(child, "2021-03-01");
        inError(child, "EpisodeStarted", "2021-03-01");

        // it began on 10 March, not 1 March: nothing else is open, so nothing overlaps
        var answer = worker.post("/api/children/" + child + "/episodes",
                Map.of("startDate", "2021-03-10", "category", "LOOKED_AFTER_AWAY_FROM_HOME"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(worker.get("/api/children/" + child).expect(200).json().get("category").asText())
                .isEqualTo("LOOKED_AFTER_AWAY_FROM_HOME");
        List<EpisodeSummary> episodes = together.bean(QueryGateway.class).query(new ChildEpisodes(
                UUID.fromString(child)), ResponseTypes.multipleInstancesOf(EpisodeSummary.class)).join();
        assertThat(episodes).extracting(EpisodeSummary::startDate).containsExactly(LocalDate.parse("2021-03-10"));
    }

    @Test
    void aBrotherMovesToWhereTheChildReallyLivesOnceTheChildsMoveIsMarkedInError() {
        String oak = story.home("Oak House", "RESIDENTIAL", true);
        String elm = story.home("Elm Foster Home", "FOSTER", true);
        String amy = story.child("Amy", "Really", "2011-01-01");
        String ben = story.child("Ben", "Really", "2013-01-01");
        story.brothersAndSisters(amy, ben, "FULL", "2013-01-01");
        story.accommodated(amy, "2020-01-10");
        story.place(amy, oak, "2020-01-10", null).expect(204);
        // Ben was not looked after yet, so the move was allowed; but Amy never moved to Elm
        story.place(amy, elm, "2020-06-01", "PLANNED").expect(204);
        inError(amy, "ChildPlaced", "2020-06-01");
        assertThat(worker.get("/api/children/" + amy).expect(200).json().get("homeId").asText()).isEqualTo(oak);

        story.accommodated(ben, "2020-07-01");
        var together = story.place(ben, oak, "2020-07-01", null);
        assertThat(together.status()).as("Ben's move to Oak, where Amy lives: " + together.body()).isEqualTo(204);
        assertThat(api.as("board.member").get("/api/reports/togetherness?asAt=2020-07-31").expect(200).json()
                .get("livingWithAll").get("count").asLong()).isEqualTo(2);
    }

    @Test
    void aMoveToTheHomeOfAMoveInErrorLeavesTheBrotherApartFromWhereTheChildReallyLives() {
        String birch = story.home("Birch House", "RESIDENTIAL", true);
        String rowan = story.home("Rowan Foster Home", "FOSTER", true);
        String cal = story.child("Cal", "Apart", "2011-01-01");
        String dee = story.child("Dee", "Apart", "2013-01-01");
        story.brothersAndSisters(cal, dee, "FULL", "2013-01-01");
        story.accommodated(cal, "2022-01-10");
        story.place(cal, birch, "2022-01-10", null).expect(204);
        story.place(cal, rowan, "2022-06-01", "PLANNED").expect(204);
        inError(cal, "ChildPlaced", "2022-06-01");

        // Cal lives at Birch: Dee at Rowan would be apart from him, with no separation approved
        story.accommodated(dee, "2022-07-01");
        var apart = story.place(dee, rowan, "2022-07-01", null);
        assertThat(apart.status()).as("Dee's move to Rowan, where Cal does not live: " + apart.body()).isEqualTo(409);
        assertThat(apart.code()).isEqualTo("SEPARATION_NOT_APPROVED");
    }

    @Test
    void afterAMoveInErrorTheChildNeedsNoMoveBackAndTheMovesReportCountsNone() {
        String oak = story.home("Oak Cottage", "RESIDENTIAL", true);
        String elm = story.home("Elm Kinship Carers", "KINSHIP", false);
        String xan = story.child("Xan", "Back", "2012-01-01");
        story.accommodated(xan, "2019-01-10");
        story.place(xan, oak, "2019-01-10", null).expect(204);
        story.place(xan, elm, "2019-06-01", "UNPLANNED").expect(204);
        inError(xan, "ChildPlaced", "2019-06-01");

        assertThat(worker.get("/api/children/" + xan).expect(200).json().get("homeId").asText()).isEqualTo(oak);
        // they never left Oak: there is nothing to move back from
        var back = story.place(xan, oak, "2019-07-01", "PLANNED");
        assertThat(back.status()).as("moving Xan back to Oak: " + back.body()).isEqualTo(409);
        assertThat(back.code()).isEqualTo("ALREADY_LIVES_THERE");
        JsonNode moves = api.as("board.member").get("/api/reports/moves?from=2019-01-01&to=2019-12-31").expect(200)
                .json();
        assertThat(moves.get("childrenLookedAfter").asLong()).isEqualTo(1);
        assertThat(moves.get("oneOrMoreMoves").get("count").asLong()).isZero();
        assertThat(moves.get("unplannedEndings").asLong()).isZero();
        JsonNode local = api.as("board.member").get("/api/reports/local-care?asAt=2019-08-01").expect(200).json();
        assertThat(local.get("withinAuthority").get("count").asLong()).isEqualTo(1);
    }

    @Test
    void aFamilyTimePlanMarkedInErrorIsNotActiveAndItsSessionsDoNotCountAlsoAfterARebuild() throws Exception {
        String eve = story.child("Eve", "Plan", "2011-01-01");
        String fin = story.child("Fin", "Plan", "2013-01-01");
        String plan = worker.post("/api/family-time/plans", Map.of("childIds", List.of(eve, fin),
                "howOften", "WEEKLY", "withWhom", "Their gran", "startDate", "2018-03-01")).id();
        worker.post("/api/family-time/plans/" + plan + "/sessions", Map.of("date", "2018-03-08", "happened", true))
                .expect(201);
        inError(eve, "FamilyTimePlanned", "2018-03-01");

        assertNoPlan(eve, fin, plan);
        ReadModelRebuild.rebuildAndWait(api);
        assertNoPlan(eve, fin, plan);
    }

    @Test
    void aRelationshipMarkedInErrorIsNoLongerListedAndTheRightOneCanBeRecorded() {
        String gil = story.child("Gil", "Related", "2011-01-01");
        String hal = story.child("Hal", "Related", "2013-01-01");
        story.brothersAndSisters(gil, hal, "FULL", "2016-01-01");
        inError(gil, "BrothersAndSistersRecorded", "2016-01-01");

        assertThat(worker.get("/api/children/" + gil).expect(200).json().get("brothersAndSisters")).isEmpty();
        // they are half brothers, since Hal was born
        var right = worker.post("/api/brothers-and-sisters", Map.of("childId", gil, "otherChildId", hal,
                "kind", "HALF", "since", "2013-01-01"));
        assertThat(right.status()).as(right.body()).isEqualTo(201);
        assertThat(worker.get("/api/children/" + gil).expect(200).json().get("brothersAndSisters")
                .findValuesAsText("kind")).containsExactly("HALF");
    }

    private void assertNoPlan(String eve, String fin, String plan) {
        for (String child : List.of(eve, fin)) {
            ChildArrangementsView page = together.bean(QueryGateway.class)
                    .query(new ChildArrangements(UUID.fromString(child)), ChildArrangementsView.class).join();
            assertThat(page.familyTime()).as("family time on the child's page").isEmpty();
        }
        JsonNode report = api.as("board.member").get("/api/reports/family-time?from=2018-01-01&to=2018-12-31")
                .expect(200).json();
        assertThat(report.get("plans").findValuesAsText("planId")).as("plans in the family time report")
                .doesNotContain(plan);
        assertThat(report.get("planned").asLong()).isZero();
        assertThat(report.get("happened").asLong()).isZero();
    }

    @Test
    void anEpisodesEndIsNotLeftOutWhileALaterEpisodeWouldOverlapTheReopenedOne() {
        String child = story.child("Ruaridh", "Reopened", "2012-02-02");
        String first = story.accommodated(child, "2021-03-01");
        story.endEpisode(child, first, "2022-03-01");
        story.accommodated(child, "2023-03-01");

        var refused = worker.post("/api/records/" + story.eventId(child, "EpisodeEnded", "2022-03-01") + "/in-error",
                Map.of("reason", "Recorded in error"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("OVERLAPPING_EPISODE");
        assertThat(worker.get("/api/children/" + child).expect(200).json().get("category").asText())
                .isEqualTo("LOOKED_AFTER_AWAY_FROM_HOME");
    }

    /** Marks the child's record of that kind on that day as recorded in error. */
    private void inError(String child, String type, String effectiveDate) {
        worker.post("/api/records/" + story.eventId(child, type, effectiveDate) + "/in-error",
                Map.of("reason", "Recorded in error")).expect(201);
    }

}
