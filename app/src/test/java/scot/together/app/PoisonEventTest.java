package scot.together.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import scot.together.platform.DatabaseRoles;
import scot.together.app.support.CouncilStory;
import scot.together.app.support.PoisonEvents;
import scot.together.app.support.TogetherTest;

/**
 * Whatever an event holds, a read model that cannot take it in parks it and goes on: every
 * other record stays readable, the read models page says what is parked and why (without the
 * event's text), the read models reach the newest event, and once the cause is fixed an
 * administrator takes the parked events in, with the events of the same record that waited
 * behind them.
 */
class PoisonEventTest extends TogetherTest {

    private static JdbcTemplate jdbc() {
        return new JdbcTemplate(together.bean(DataSource.class));
    }

    /** The owner of the schemas: only it may change a read model's table, as a faulty release would. */
    private static JdbcTemplate asOwner() {
        DatabaseRoles roles = together.bean(DatabaseRoles.class);
        return new JdbcTemplate(new DriverManagerDataSource(roles.url(), roles.owner().username(),
                roles.owner().password()));
    }

    private static JsonNode readModels() {
        return api.as("admin").get("/api/admin/read-models").expect(200).json();
    }

    private static JsonNode readModel(JsonNode status, String name) {
        return StreamSupport.stream(status.get("readModels").spliterator(), false)
                .filter(m -> m.get("name").asText().equals(name)).findFirst().orElseThrow();
    }

    private static List<JsonNode> parked(String readModel) {
        List<JsonNode> parked = new ArrayList<>();
        readModel(readModels(), readModel).get("parked").forEach(parked::add);
        return parked;
    }

    /** Waits until every segment of every read model has reached the newest event. */
    private static JsonNode allCaughtUp() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            JsonNode status = readModels();
            boolean caughtUp = StreamSupport.stream(status.get("readModels").spliterator(), false)
                    .allMatch(m -> m.get("segments").size() > 0 && StreamSupport.stream(
                            m.get("segments").spliterator(), false).allMatch(s -> s.get("behind").asLong() == 0));
            if (caughtUp) {
                return status;
            }
            assertThat(System.nanoTime()).as("read models caught up: " + status).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    @Test
    void aHomeNamedWithU0000IsParkedAndEveryOtherRecordStaysReadable() throws InterruptedException {
        CouncilStory story = new CouncilStory(api);
        String birch = story.home("Birch House", "RESIDENTIAL", true);
        String poison = PoisonEvents.homeNamedWithNul(together, birch);

        // the first record after it is readable at once: the read models neither stop nor pause
        var worker = api.as("social.worker");
        String first = story.child("First", "After", "2015-02-02");
        assertThat(worker.get("/api/children/" + first).expect(200).body()).contains("First");

        // recorded after the poison, in every segment: each is read back, each is counted
        List<String> children = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            String child = story.child("After" + i, "Poison", "2015-01-0" + (i % 9 + 1));
            story.accommodated(child, "2025-01-0" + i);
            story.place(child, i % 2 == 0 ? birch : story.home("Home " + i, "FOSTER", true), "2025-01-0" + i, null)
                    .expect(204);
            children.add(child);
        }
        for (String child : children) {
            assertThat(worker.get("/api/children/" + child).expect(200).json().get("familyName").asText())
                    .isEqualTo("Poison");
            assertThat(worker.get("/api/children/" + child + "/history").expect(200).json().size()).isGreaterThan(2);
        }
        JsonNode localCare = api.as("head.of.service").get("/api/reports/local-care?asAt=2025-02-01").expect(200)
                .json();
        assertThat(localCare.get("accommodated").asLong()).isGreaterThanOrEqualTo(8);

        // the read models reach the newest event, and say what they parked and why, without the name
        JsonNode status = allCaughtUp();
        JsonNode childrenModel = readModel(status, "children");
        assertThat(childrenModel.get("percent").asDouble()).isEqualTo(100.0);
        assertThat(childrenModel.get("segments").size()).isEqualTo(2);
        JsonNode parkedHome = StreamSupport.stream(childrenModel.get("parked").spliterator(), false)
                .filter(p -> p.get("eventId").asText().equals(poison)).findFirst().orElseThrow();
        assertThat(parkedHome.get("type").asText()).isEqualTo("HomeRegistered");
        assertThat(parkedHome.get("why").asText()).contains("U+0000").contains("22021")
                .doesNotContain("Nul").doesNotContain("Home\u0000");
        assertThat(parkedHome.get("parkedAt").asText()).isNotBlank();
        assertThat(parkedHome.get("position").asLong()).isPositive();
        assertThat(status.toString()).doesNotContain("Nul");

        // retried without a fix, it stays parked; the rest is untouched
        JsonNode retried = api.as("admin").post("/api/admin/read-models/children/dead-letters/retry", "")
                .expect(200).json();
        assertThat(retried.get("stillParked").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(parked("children")).anyMatch(p -> p.get("eventId").asText().equals(poison));
        assertThat(worker.get("/api/children/" + children.get(0)).expect(200).body()).contains("After1");
    }

    @Test
    void afterTheFixTheParkedEventIsTakenInWithTheEventsThatWaitedBehindIt() throws InterruptedException {
        CouncilStory story = new CouncilStory(api);
        var worker = api.as("social.worker");
        // a read model that refuses one child's name, as a bug in a projection would
        asOwner().execute("ALTER TABLE query.child ADD CONSTRAINT poison_test_refuses CHECK (given_name <> 'Refused')");
        String refused;
        try {
            refused = story.child("Refused", "Waiting", "2014-03-03");
            story.accommodated(refused, "2025-02-01"); // the same record: waits behind
            String fine = story.child("Fine", "Waiting", "2014-04-04");
            assertThat(worker.get("/api/children/" + fine).expect(200).body()).contains("Fine");
            worker.get("/api/children/" + refused).expect(404);

            allCaughtUp();
            List<JsonNode> parked = parked("children").stream()
                    .filter(p -> p.get("record").asText().equals(refused)).toList();
            assertThat(parked).extracting(p -> p.get("type").asText())
                    .containsExactly("ChildRegistered", "EpisodeStarted");
            assertThat(parked.get(0).get("why").asText()).contains("23514").doesNotContain("Refused");
            assertThat(parked.get(1).get("why").asText()).contains("behind");
        } finally {
            asOwner().execute("ALTER TABLE query.child DROP CONSTRAINT IF EXISTS poison_test_refuses");
        }

        JsonNode retried = api.as("admin").post("/api/admin/read-models/children/dead-letters/retry", "")
                .expect(200).json();
        assertThat(retried.get("recordsTakenIn").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(parked("children")).noneMatch(p -> p.get("record").asText().equals(refused));
        JsonNode child = worker.get("/api/children/" + refused).expect(200).json();
        assertThat(child.get("givenName").asText()).isEqualTo("Refused");
        assertThat(child.get("category").asText()).isEqualTo("LOOKED_AFTER_AWAY_FROM_HOME");
    }

    /**
     * In a rebuild the handlers' writes are held and sent together before each batch commits, so
     * the database refuses the event only then: the batch is taken again one event at a time, the
     * refused event is parked alone and the rebuild completes with every other record.
     */
    @Test
    void anEventTheDatabaseRefusesOnlyInARebuildIsParkedAloneAndTheRebuildCompletes() throws InterruptedException {
        CouncilStory story = new CouncilStory(api);
        var worker = api.as("social.worker");
        String before = story.child("Before", "Rebuilt", "2013-05-05");
        String refused = story.child("Unrebuilt", "Rebuilt", "2013-06-06");
        story.accommodated(refused, "2025-03-01");
        String after = story.child("After", "Rebuilt", "2013-07-07");
        // taken in live; refused by the tables a rebuild fills (LIKE copies the check, NOT VALID spares the row)
        asOwner().execute("ALTER TABLE query.child ADD CONSTRAINT poison_rebuild_refuses"
                + " CHECK (given_name <> 'Unrebuilt') NOT VALID");
        try {
            api.as("admin").post("/api/admin/read-models/rebuild", Map.of()).expect(202);
            RebuildEqualsLiveTest.awaitReadModelsDone();
            assertThat(api.as("admin").get("/api/admin/read-models").expect(200).json().get("rebuild").isNull())
                    .as("the rebuild completed and its read models answer").isTrue();

            List<JsonNode> parked = parked("children").stream()
                    .filter(p -> p.get("record").asText().equals(refused)).toList();
            assertThat(parked).extracting(p -> p.get("type").asText())
                    .containsExactly("ChildRegistered", "EpisodeStarted");
            assertThat(parked.get(0).get("why").asText()).contains("23514").doesNotContain("Unrebuilt");
            assertThat(parked("children")).noneMatch(p -> p.get("record").asText().equals(before)
                    || p.get("record").asText().equals(after));
            assertThat(worker.get("/api/children/" + before).expect(200).body()).contains("Before");
            assertThat(worker.get("/api/children/" + after).expect(200).body()).contains("After");
            worker.get("/api/children/" + refused).expect(404);
        } finally {
            asOwner().execute("ALTER TABLE query.child DROP CONSTRAINT IF EXISTS poison_rebuild_refuses");
        }
        api.as("admin").post("/api/admin/read-models/children/dead-letters/retry", "").expect(200);
        assertThat(worker.get("/api/children/" + refused).expect(200).json().get("category").asText())
                .isEqualTo("LOOKED_AFTER_AWAY_FROM_HOME");
    }

    @Test
    void onlyAnAdministratorRetriesAndOnlyAReadModelThatExists() {
        assertThat(api.as("social.worker").post("/api/admin/read-models/children/dead-letters/retry", "")
                .status()).isEqualTo(403);
        assertThat(api.as("admin").post("/api/admin/read-models/no-such-model/dead-letters/retry", "")
                .code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void everyReadModelHasItsDeadLetterQueue() {
        EventProcessingConfiguration processing = together.bean(EventProcessingConfiguration.class);
        List<String> readModels = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(p -> p.getName()).toList();
        assertThat(readModels).contains("children", "event-log", "brothers-and-sisters", "board-records");
        assertThat(readModels).allMatch(name -> processing.sequencedDeadLetterProcessor(name).isPresent());
    }
}
