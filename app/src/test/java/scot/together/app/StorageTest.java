package scot.together.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import scot.together.app.support.Api;
import scot.together.app.support.CouncilStory;
import scot.together.app.support.RunningTogether;
import scot.together.app.support.TogetherTest;

/** Where the record is kept: it survives a restart, cannot be rewritten, reads as JSON, and may live elsewhere. */
class StorageTest extends TogetherTest {

    private static JdbcTemplate jdbc() {
        return new JdbcTemplate(together.bean(DataSource.class));
    }

    private static long events() {
        return jdbc().queryForObject("SELECT count(*) FROM events.domain_event_entry", Long.class);
    }

    @Test
    void theRecordAndTheReportsAreTheSameAfterARestartOnTheSameDataFolder() {
        CouncilStory story = new CouncilStory(api);
        String home = story.home("Birch House", "RESIDENTIAL", true);
        String away = story.home("Shore Foster Family", "FOSTER", false);
        String child = story.child("Rory", "Restart", "2013-05-05");
        story.accommodated(child, "2024-09-01");
        story.place(child, home, "2024-09-01", null).expect(204);
        story.place(child, away, "2025-02-01", "UNPLANNED").expect(204);

        String record = api.as("social.worker").get("/api/children/" + child).expect(200).body();
        String history = api.as("social.worker").get("/api/children/" + child + "/history").expect(200).body();
        String moves = api.as("board.member").get("/api/reports/moves?from=2024-08-01&to=2025-07-31").expect(200).body();
        String localCare = api.as("board.member").get("/api/reports/local-care?asAt=2025-01-31").expect(200).body();
        assertThat(moves).contains("\"childrenLookedAfter\":1").contains("\"unplannedEndings\":1");
        long eventsBefore = events();

        Path dataDir = together.dataDir();
        together.close();
        together = RunningTogether.start(dataDir);
        api = together.api();

        assertThat(events()).isEqualTo(eventsBefore);
        assertThat(api.as("social.worker").get("/api/children/" + child).expect(200).body()).isEqualTo(record);
        assertThat(api.as("social.worker").get("/api/children/" + child + "/history").expect(200).body())
                .isEqualTo(history);
        assertThat(api.as("board.member").get("/api/reports/moves?from=2024-08-01&to=2025-07-31").expect(200).body())
                .isEqualTo(moves);
        assertThat(api.as("board.member").get("/api/reports/local-care?asAt=2025-01-31").expect(200).body())
                .isEqualTo(localCare);
        // and the record goes on from where it was
        story = new CouncilStory(api);
        story.place(child, home, "2025-03-01", "PLANNED").expect(204);
        assertThat(api.as("social.worker").get("/api/children/" + child).expect(200).json().get("homeId").asText())
                .isEqualTo(home);
    }

    @Test
    void recordedEventsCanBeNeitherChangedNorRemoved() {
        new CouncilStory(api).child("Ada", "Append", "2015-01-01");
        long before = events();
        assertThat(before).isPositive();

        for (String sql : List.of(
                "UPDATE events.domain_event_entry SET payload_type = 'rewritten'",
                "DELETE FROM events.domain_event_entry",
                "TRUNCATE events.domain_event_entry")) {
            assertThatThrownBy(() -> jdbc().execute(sql)).as(sql)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause().isInstanceOf(SQLException.class)
                    .hasMessageContaining("never changed or removed");
        }

        assertThat(events()).isEqualTo(before);
        assertThat(jdbc().queryForObject("SELECT count(*) FROM events.domain_event_entry"
                + " WHERE payload_type = 'rewritten'", Long.class)).isZero();
    }

    @Test
    void eventsAreStoredAsJsonThatAPersonCanRead() {
        String child = new CouncilStory(api, "head.of.service").child("Isla", "Readable", "2016-02-02");
        Map<String, Object> row = jdbc().queryForMap("SELECT payload::text AS payload, meta_data::text AS meta"
                + " FROM events.readable_events WHERE aggregate_identifier = ?", child);
        assertThat((String) row.get("payload")).contains("\"childId\"", "\"givenName\"", "\"Isla\"",
                "\"dateOfBirth\"", "\"2016-02-02\"", "\"effectiveDate\"");
        assertThat((String) row.get("meta")).contains("\"recordedBy\"", "\"head.of.service\"",
                "\"role\"", "\"HEAD_OF_SERVICE\"");
        assertThat(jdbc().queryForObject("SELECT payload->>'familyName' FROM events.readable_events"
                + " WHERE aggregate_identifier = ?", String.class, child)).isEqualTo("Readable");
    }

    @Test
    void aCouncilsOwnPostgresqlIsUsedWhenItsUrlIsGiven() throws Exception {
        Path councilData = Files.createTempDirectory("council-postgres-");
        Path togetherData = Files.createTempDirectory("together-external-");
        try (EmbeddedPostgres council = EmbeddedPostgres.builder().setDataDirectory(councilData)
                .setCleanDataDirectory(true).start();
             RunningTogether external = RunningTogether.start(togetherData,
                     "--spring.datasource.url=" + council.getJdbcUrl("postgres", "postgres"),
                     "--spring.datasource.username=postgres")) {
            Api externalApi = external.api();
            CouncilStory story = new CouncilStory(externalApi);
            String child = story.child("Esme", "External", "2014-04-04");
            String home = story.home("Birch House", "RESIDENTIAL", true);
            story.accommodated(child, "2025-01-01");
            story.place(child, home, "2025-01-01", null).expect(204);
            assertThat(externalApi.as("social.worker").get("/api/children/" + child).expect(200).json()
                    .get("homeId").asText()).isEqualTo(home);
            assertThat(externalApi.as("board.member").get("/api/reports/local-care?asAt=2025-02-01").expect(200)
                    .json().get("accommodated").asLong()).isEqualTo(1);

            JdbcTemplate councilDb = new JdbcTemplate(council.getPostgresDatabase());
            assertThat(councilDb.queryForObject("SELECT count(*) FROM events.domain_event_entry"
                    + " WHERE aggregate_identifier = ?", Long.class, child)).isEqualTo(3);
            assertThat(councilDb.queryForObject("SELECT given_name FROM query.child WHERE id = ?::uuid",
                    String.class, child)).isEqualTo("Esme");
            // no PostgreSQL of its own was started under the data folder
            assertThat(togetherData.resolve("postgres")).doesNotExist();
            try (var connection = external.bean(DataSource.class).getConnection()) {
                assertThat(connection.getMetaData().getURL()).isEqualTo(council.getJdbcUrl("postgres", "postgres"));
            }
        }
    }
}
