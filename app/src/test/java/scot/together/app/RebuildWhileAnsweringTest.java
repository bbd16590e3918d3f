package scot.together.app;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.junit.jupiter.api.Test;
import scot.together.app.support.Api;
import scot.together.app.support.CouncilStory;
import scot.together.app.support.TogetherTest;
import scot.together.events.child.ChildRegistered;
import scot.together.query.children.ChildrenProjection;

/**
 * A rebuild never shows partial figures: while the read models are rebuilt, every report
 * answers with the complete figures of the read models from before, without waiting for the
 * rebuild, however far it has got, even after more is recorded; once the new read models are
 * complete they answer, with what was recorded during the rebuild too.
 *
 * <p>The rebuild is held half-way by {@link HoldsTheRebuild}, a handler of the children's read
 * model that waits, while the events are read again, until the test lets it go on: so the test
 * looks at the reports while the rebuilt read models are certainly incomplete, without sleeps.
 */
@TogetherTest.StartedWith("--spring.main.sources=scot.together.app.RebuildWhileAnsweringTest$HoldsTheRebuild")
class RebuildWhileAnsweringTest extends TogetherTest {

    static final String FROM = "2024-01-01";
    static final String TO = "2024-12-31";
    static final String AS_AT = "2024-12-31";

    /** Waits at the first child read again in a rebuild, once armed, until let go. */
    @ProcessingGroup(ChildrenProjection.GROUP)
    public static class HoldsTheRebuild {

        static final CountDownLatch HELD = new CountDownLatch(1);
        static final CountDownLatch LET_GO = new CountDownLatch(1);
        static volatile boolean armed;

        @EventHandler
        void on(ChildRegistered event, ReplayStatus status) throws InterruptedException {
            if (armed && status.isReplay() && LET_GO.getCount() > 0) {
                HELD.countDown();
                LET_GO.await(120, SECONDS);
            }
        }
    }

    @Test
    void reportsAnswerFromTheCompletePreviousReadModelsUntilTheRebuiltOnesAreComplete() throws Exception {
        CouncilStory story = new CouncilStory(api);
        String near = story.home("Hazel House", "RESIDENTIAL", true);
        String far = story.home("Firth Foster Family", "FOSTER", false);
        String ailsa = story.child("Ailsa", "Bain", "2012-05-05");
        String bruce = story.child("Bruce", "Bain", "2014-06-06");
        String calum = story.child("Calum", "Ross", "2011-07-07");
        for (String child : new String[] {ailsa, bruce, calum}) {
            story.accommodated(child, "2024-02-01");
        }
        story.place(ailsa, near, "2024-02-01", null).expect(204);
        story.place(bruce, near, "2024-02-01", null).expect(204);
        story.place(calum, far, "2024-02-01", null).expect(204);
        story.place(bruce, far, "2024-05-01", "UNPLANNED").expect(204);
        // a correction, so that the rebuild forgets and follows a record again
        RebuildEqualsLiveTest.inError(RebuildEqualsLiveTest.eventId(calum, "ChildPlaced", ""), "Never went there");
        RebuildEqualsLiveTest.awaitReadModelsDone();
        Figures before = figures(ailsa);
        Map<String, List<String>> tablesBefore = RebuildEqualsLiveTest.dump(RebuildEqualsLiveTest.QUERY);
        List<String> indexesBefore = indexes("query");
        assertThat(indexesBefore).as("an index marked as answering reads only")
                .anyMatch(index -> index.startsWith("event_log_recorded_at") && index.endsWith("answers reads only"));
        assertThat(before.moves().get("oneOrMoreMoves").get("count").asLong()).isEqualTo(1);
        assertThat(before.localCare().get("accommodated").asLong()).isEqualTo(3);

        HoldsTheRebuild.armed = true;
        api.as("admin").post("/api/admin/read-models/rebuild", Map.of()).expect(202);
        assertThat(HoldsTheRebuild.HELD.await(120, SECONDS)).as("the rebuild reached the children").isTrue();
        try {
            // the rebuilt read models are incomplete: the children's batch being read again is not in yet
            long rebuiltChildren = RebuildEqualsLiveTest.jdbc()
                    .queryForObject("SELECT count(*) FROM query_next.child", Long.class);
            assertThat(rebuiltChildren).as("children in the rebuilt read model so far").isLessThan(3);
            assertThat(indexes("query_next")).as("indexes a handler's statement needs are there as the events"
                            + " are replayed; those answering reads only are built once they are")
                    .anyMatch(index -> index.startsWith("child_home_episode"))
                    .noneMatch(index -> index.startsWith("event_log_recorded_at"));
            JsonNode status = api.as("admin").get("/api/admin/read-models").expect(200).json();
            JsonNode rebuild = status.get("rebuild");
            assertThat(rebuild.isObject()).as("the rebuild's progress: " + status).isTrue();
            assertThat(rebuild.get("percent").asDouble()).isLessThan(100.0);
            assertThat(rebuild.get("position").asLong()).isLessThan(rebuild.get("newestEvent").asLong());
            assertThat(rebuild.get("eventsPerSecond").asDouble()).isGreaterThanOrEqualTo(0.0);
            assertThat(status.get("readModels")).allMatch(model -> model.get("rebuilding").asBoolean());
            assertThat(figures(ailsa)).as("the figures of the read models from before the rebuild")
                    .isEqualTo(before);

            // recorded during the rebuild: the read models that answer do not take it in
            String dougie = story.child("Dougie", "Ross", "2015-08-08");
            story.accommodated(dougie, "2024-03-01");
            story.place(dougie, near, "2024-03-01", null).expect(204);
            story.place(ailsa, far, "2024-06-01", "PLANNED").expect(204);
            long asked = System.nanoTime();
            Figures during = figures(ailsa);
            assertThat((System.nanoTime() - asked) / 1_000_000_000L).as("seconds to answer, not waiting for the"
                    + " rebuild (a test waits up to 60 s for read models to catch up)").isLessThan(20);
            assertThat(during).as("still the figures from before the rebuild").isEqualTo(before);

            // every other read model has read every event again, into the new tables, none into those in use
            everyReadModelButTheChildrenCaughtUp();
            assertThat(RebuildEqualsLiveTest.dump(RebuildEqualsLiveTest.QUERY))
                    .as("the read models in use, untouched by the rebuild").isEqualTo(tablesBefore);
        } finally {
            HoldsTheRebuild.LET_GO.countDown();
        }

        RebuildEqualsLiveTest.awaitReadModelsDone();
        Figures after = figures(ailsa);
        assertThat(after.moves().get("oneOrMoreMoves").get("count").asLong()).as("Ailsa's and Bruce's moves")
                .isEqualTo(2);
        assertThat(after.localCare().get("accommodated").asLong()).as("with Dougie").isEqualTo(4);
        assertThat(after.ailsa().get("homeId").asText()).isEqualTo(far);
        assertThat(before.ailsa().get("homeId").asText()).isEqualTo(near);
        assertThat(RebuildEqualsLiveTest.jdbc().queryForObject(
                "SELECT count(*) FROM pg_namespace WHERE nspname = 'query_next'", Long.class))
                .as("the schema the rebuild filled has become the read models in use").isZero();
        assertThat(api.as("admin").get("/api/admin/read-models").expect(200).json().get("rebuild").isNull())
                .isTrue();
        assertThat(indexes("query")).as("every index as before the rebuild, marked as before for the next")
                .isEqualTo(indexesBefore);
    }

    /** Each index of the schema: its name, definition (naming the schema) and comment. */
    private static List<String> indexes(String schema) {
        return RebuildEqualsLiveTest.jdbc().queryForList("SELECT indexname || ' ' || indexdef || ' '"
                + " || coalesce(obj_description(format('%I.%I', schemaname, indexname)::regclass, 'pg_class'), '')"
                + " FROM pg_indexes WHERE schemaname = ? ORDER BY indexname", String.class, schema);
    }

    private static void everyReadModelButTheChildrenCaughtUp() throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            JsonNode status = api.as("admin").get("/api/admin/read-models").expect(200).json();
            boolean caughtUp = true;
            for (JsonNode model : status.get("readModels")) {
                if (!model.get("name").asText().equals(ChildrenProjection.GROUP)) {
                    caughtUp &= model.get("segments").size() > 0 && model.get("position").asLong()
                            >= status.get("newestEvent").asLong();
                }
            }
            if (caughtUp) {
                return;
            }
            assertThat(System.nanoTime()).as("the other read models caught up: " + status).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    record Figures(JsonNode moves, JsonNode localCare, JsonNode togetherness, JsonNode ailsa) {
    }

    static Figures figures(String ailsa) {
        Api.Session head = api.as("head.of.service");
        return new Figures(head.get("/api/reports/moves?from=" + FROM + "&to=" + TO).expect(200).json(),
                head.get("/api/reports/local-care?asAt=" + AS_AT).expect(200).json(),
                head.get("/api/reports/togetherness?asAt=" + AS_AT).expect(200).json(),
                head.get("/api/children/" + ailsa).expect(200).json());
    }
}
