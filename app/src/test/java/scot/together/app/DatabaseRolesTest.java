package scot.together.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import scot.together.app.support.CouncilStory;
import scot.together.app.support.RunningTogether;
import scot.together.app.support.TogetherTest;
import scot.together.platform.DatabaseLogin;
import scot.together.platform.DatabaseRoles;
import scot.together.platform.SchemaMigration;

/**
 * Nobody rewrites history, in the database itself: the service connects as a role that may
 * only add events and read them, Flyway as the owner, neither a superuser; and the embedded
 * PostgreSQL lets nobody in without a password, not even from this machine.
 */
class DatabaseRolesTest extends TogetherTest {

    private static final String EVENTS = "events.domain_event_entry";
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    /** Every statement the issue lists, and the quieter ways round them. */
    private static final List<String> REWRITES = List.of(
            "UPDATE " + EVENTS + " SET payload_type = 'rewritten'",
            "DELETE FROM " + EVENTS,
            "TRUNCATE " + EVENTS,
            "ALTER TABLE " + EVENTS + " DISABLE TRIGGER domain_event_entry_is_append_only",
            "ALTER TABLE " + EVENTS + " DISABLE TRIGGER ALL",
            "DROP TRIGGER domain_event_entry_is_append_only ON " + EVENTS,
            "DROP TRIGGER domain_event_entry_is_never_truncated ON " + EVENTS,
            "DROP TABLE " + EVENTS,
            "DROP TABLE " + EVENTS + " CASCADE",
            "SET session_replication_role = replica",
            "SET SESSION AUTHORIZATION postgres",
            "SET ROLE together_owner",
            "GRANT together_owner TO together",
            "ALTER ROLE together SUPERUSER",
            "ALTER TABLE " + EVENTS + " OWNER TO together",
            "ALTER TABLE " + EVENTS + " RENAME TO old_events",
            "CREATE OR REPLACE FUNCTION events.refuse_event_change() RETURNS trigger"
                    + " AS $$ BEGIN RETURN OLD; END $$ LANGUAGE plpgsql",
            "DROP FUNCTION events.refuse_event_change() CASCADE",
            "SELECT setval(pg_get_serial_sequence('" + EVENTS + "', 'global_index'), 1)",
            "DELETE FROM events.flyway_schema_history",
            "DELETE FROM query.flyway_schema_history");

    @Test
    void theServiceConnectsAsARoleThatIsNeitherSuperuserNorOwner() {
        JdbcTemplate service = new JdbcTemplate(together.bean(DataSource.class));
        assertThat(service.queryForObject("SELECT current_user", String.class)).isEqualTo("together");
        assertThat(service.queryForObject("SELECT rolsuper FROM pg_roles WHERE rolname = current_user",
                Boolean.class)).isFalse();
        assertThat(service.queryForObject("SELECT pg_get_userbyid(relowner) FROM pg_class"
                + " WHERE oid = '" + EVENTS + "'::regclass", String.class)).isEqualTo("together_owner");
        assertThat(service.queryForObject("SELECT pg_has_role('together_owner', 'USAGE')", Boolean.class)).isFalse();
        assertThat(service.queryForObject("SELECT rolsuper FROM pg_roles WHERE rolname = 'together_owner'",
                Boolean.class)).isFalse();
        // what the service itself may do to the event table: add and read
        assertThat(service.queryForList("SELECT privilege_type FROM information_schema.role_table_grants"
                + " WHERE table_schema = 'events' AND table_name = 'domain_event_entry' AND grantee = current_user",
                String.class)).containsExactlyInAnyOrder("INSERT", "SELECT");
    }

    @Test
    void theServicesRoleCanNeitherChangeNorRemoveRecordedEvents() throws SQLException {
        new CouncilStory(api).child("Ada", "Append", "2015-01-01");
        DatabaseLogin runtime = together.bean(DatabaseRoles.class).runtime();
        try (Connection connection = connect(runtime); Statement sql = connection.createStatement()) {
            String before = fingerprint(sql);
            assertThat(before).contains("ChildRegistered");

            for (String rewrite : REWRITES) {
                assertThatThrownBy(() -> sql.execute(rewrite)).as(rewrite)
                        .isInstanceOfSatisfying(SQLException.class, refused ->
                                assertThat(refused.getSQLState()).as(rewrite + ": " + refused.getMessage())
                                        .isEqualTo(INSUFFICIENT_PRIVILEGE));
            }

            assertThat(fingerprint(sql)).isEqualTo(before);
            assertThat(single(sql, "SHOW session_replication_role")).isEqualTo("origin");
        }
        // and the triggers still stand behind the privileges
        JdbcTemplate superuser = new JdbcTemplate(together.bean(EmbeddedPostgres.class).getPostgresDatabase());
        assertThat(superuser.queryForList("SELECT tgname FROM pg_trigger WHERE tgrelid = '" + EVENTS + "'::regclass"
                + " AND tgenabled = 'O'", String.class)).containsExactlyInAnyOrder(
                "domain_event_entry_is_append_only", "domain_event_entry_is_never_truncated");
    }

    @Test
    void theEmbeddedDatabaseLetsNobodyInWithoutAPassword() throws Exception {
        Path passwordsFile = together.dataDir().resolve("postgres-passwords.properties");
        assertThat(Files.getPosixFilePermissions(passwordsFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        Properties passwords = new Properties();
        try (var in = Files.newBufferedReader(passwordsFile)) {
            passwords.load(in);
        }
        assertThat(passwords.stringPropertyNames()).containsExactlyInAnyOrder("superuser", "owner", "runtime");
        DatabaseRoles roles = together.bean(DatabaseRoles.class);
        assertThat(roles.runtime().password()).isEqualTo(passwords.getProperty("runtime"));
        assertThat(roles.owner().password()).isEqualTo(passwords.getProperty("owner"));

        for (String user : List.of("postgres", "together_owner", "together")) {
            for (String password : new String[] {null, "", "postgres", "wrong"}) {
                assertThatThrownBy(() -> connect(new DatabaseLogin(user, password)).close())
                        .as(user + " with password " + password).isInstanceOf(SQLException.class);
            }
        }
        try (Connection superuser = connect(new DatabaseLogin("postgres", passwords.getProperty("superuser")));
             Statement sql = superuser.createStatement()) {
            assertThat(single(sql, "SELECT count(*) FROM pg_hba_file_rules WHERE auth_method <> 'scram-sha-256'"))
                    .isEqualTo("0");
            assertThat(single(sql, "SELECT string_agg(DISTINCT address, ',' ORDER BY address) FROM pg_hba_file_rules"))
                    .isEqualTo("127.0.0.1,::1");
            assertThat(single(sql, "SELECT count(*) FROM pg_authid WHERE rolname IN"
                    + " ('postgres', 'together_owner', 'together') AND rolpassword LIKE 'SCRAM-SHA-256$%'"))
                    .isEqualTo("3");
            // an acknowledged record is on disk, not only in memory, when the service answers
            assertThat(single(sql, "SHOW synchronous_commit")).isEqualTo("on");
            assertThat(single(sql, "SHOW fsync")).isEqualTo("on");
        }
    }

    @Test
    void aDataFolderMadeBeforeTheRolesIsTakenOverOnItsNextStart() throws Exception {
        // as the code before roles left a folder: everything owned by the superuser, trusted without a password
        Path dataDir = Files.createTempDirectory("together-before-roles-");
        try (EmbeddedPostgres before = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("postgres"))
                .setCleanDataDirectory(false).start()) {
            for (String schema : List.of("events", "command", "query")) {
                SchemaMigration.migrate(before.getPostgresDatabase(), schema);
            }
        }
        String child;
        try (RunningTogether upgraded = RunningTogether.start(dataDir)) {
            child = new CouncilStory(upgraded.api()).child("Ola", "Upgrade", "2014-03-03");
            assertThat(Files.exists(dataDir.resolve("postgres-passwords.properties"))).isTrue();
            JdbcTemplate service = new JdbcTemplate(upgraded.bean(DataSource.class));
            assertThat(service.queryForObject("SELECT current_user", String.class)).isEqualTo("together");
            assertThat(service.queryForList("SELECT DISTINCT pg_get_userbyid(c.relowner) FROM pg_class c"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname IN ('events', 'command', 'query')",
                    String.class)).containsExactly("together_owner");
            assertThatThrownBy(() -> service.execute("DELETE FROM " + EVENTS))
                    .rootCause().isInstanceOfSatisfying(SQLException.class, refused ->
                            assertThat(refused.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
        }
        try (RunningTogether again = RunningTogether.start(dataDir)) {
            assertThat(again.api().as("social.worker").get("/api/children/" + child).expect(200).body())
                    .contains("Ola");
            assertThatThrownBy(() -> connect(new DatabaseLogin("postgres", null), again).close())
                    .isInstanceOf(SQLException.class);
        }
    }

    private static Connection connect(DatabaseLogin login) throws SQLException {
        return connect(login, together);
    }

    private static Connection connect(DatabaseLogin login, RunningTogether running) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", login.username());
        if (login.password() != null) {
            properties.setProperty("password", login.password());
        }
        return DriverManager.getConnection(running.bean(DatabaseRoles.class).url(), properties);
    }

    /** Every recorded event, as the runtime role reads it, in one string. */
    private static String fingerprint(Statement sql) throws SQLException {
        return single(sql, "SELECT count(*) || ' ' || string_agg(global_index || ':' || event_identifier || ':'"
                + " || aggregate_identifier || ':' || sequence_number || ':' || payload_type || ':' || md5(payload)"
                + " || ':' || coalesce(md5(meta_data), '-'), ',' ORDER BY global_index) FROM " + EVENTS);
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (var row = sql.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }
}
