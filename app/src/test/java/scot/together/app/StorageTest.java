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
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import scot.together.app.support.Api;
import scot.together.app.support.CouncilStory;
import scot.together.app.support.RunningTogether;
import scot.together.app.support.TogetherTest;
import scot.together.platform.DatabaseLogin;
import scot.together.platform.DatabaseRoles;

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

    /** The service's own role may not even try (see DatabaseRolesTest); the table's triggers refuse its owner too. */
    @Test
    void recordedEventsCanBeNeitherChangedNorRemovedEvenByTheirOwner() {
        new CouncilStory(api).child("Ada", "Append", "2015-01-01");
        long before = events();
        assertThat(before).isPositive();
        DatabaseLogin owner = together.bean(DatabaseRoles.class).owner();
        JdbcTemplate asOwner = new JdbcTemplate(new DriverManagerDataSource(together.bean(DatabaseRoles.class).url(),
                owner.username(), owner.password()));
        assertThat(asOwner.queryForObject("SELECT pg_get_userbyid(relowner) = current_user FROM pg_class"
                + " WHERE oid = 'events.domain_event_entry'::regclass", Boolean.class)).isTrue();

        for (String sql : List.of(
                "UPDATE events.domain_event_entry SET payload_type = 'rewritten'",
                "DELETE FROM events.domain_event_entry",
                "TRUNCATE events.domain_event_entry")) {
            assertThatThrownBy(() -> asOwner.execute(sql)).as(sql)
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

    /** As README's "Using a council's own PostgreSQL" says: the council's DBA makes two roles and a database. */
    @Test
    void aCouncilsOwnPostgresqlIsUsedWhenItsUrlIsGiven() throws Exception {
        Path councilData = Files.createTempDirectory("council-postgres-");
        Path togetherData = Files.createTempDirectory("together-external-");
        try (EmbeddedPostgres council = EmbeddedPostgres.builder().setDataDirectory(councilData)
                .setCleanDataDirectory(true).start()) {
            JdbcTemplate dba = new JdbcTemplate(council.getPostgresDatabase());
            dba.execute("CREATE ROLE together_owner LOGIN PASSWORD 'owner-secret'");
            dba.execute("CREATE ROLE together LOGIN PASSWORD 'service-secret'");
            dba.execute("CREATE DATABASE together OWNER together_owner");
            dba.execute("REVOKE ALL ON DATABASE together FROM PUBLIC");
            dba.execute("GRANT CONNECT ON DATABASE together TO together");
            String url = "jdbc:postgresql://localhost:" + council.getPort() + "/together";
            try (RunningTogether external = RunningTogether.start(togetherData,
                    "--spring.datasource.url=" + url,
                    "--spring.datasource.username=together", "--spring.datasource.password=service-secret",
                    "--spring.flyway.user=together_owner", "--spring.flyway.password=owner-secret")) {
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

                JdbcTemplate councilDb = new JdbcTemplate(council.getDatabase("postgres", "together"));
                assertThat(councilDb.queryForObject("SELECT count(*) FROM events.domain_event_entry"
                        + " WHERE aggregate_identifier = ?", Long.class, child)).isEqualTo(3);
                assertThat(councilDb.queryForObject("SELECT given_name FROM query.child WHERE id = ?::uuid",
                        String.class, child)).isEqualTo("Esme");
                assertThat(councilDb.queryForList("SELECT DISTINCT pg_get_userbyid(c.relowner) FROM pg_class c"
                        + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname IN ('events', 'command', 'query')", String.class))
                        .containsExactly("together_owner");
                // no PostgreSQL of its own was started under the data folder
                assertThat(togetherData.resolve("postgres")).doesNotExist();
                JdbcTemplate service = new JdbcTemplate(external.bean(DataSource.class));
                assertThat(service.queryForObject("SELECT current_user", String.class)).isEqualTo("together");
                assertThatThrownBy(() -> service.execute("DELETE FROM events.domain_event_entry"))
                        .rootCause().hasMessageContaining("permission denied");
                try (var connection = external.bean(DataSource.class).getConnection()) {
                    assertThat(connection.getMetaData().getURL()).isEqualTo(url);
                }
            }
        }
    }
}
