package scot.together.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import scot.together.app.support.TogetherTest;
import scot.together.command.accounts.AdministratorAtStart;
import scot.together.command.accounts.Credentials;
import scot.together.command.accounts.UsernamesTaken;
import scot.together.query.accounts.HashesCopiedBefore;

/**
 * Passwords are kept only as hashes in the command side's credentials table, which an
 * administrator changes and erases; no event and no read model holds a hash, and the hash
 * an old published event holds is never read.
 */
class CredentialsTest extends TogetherTest {

    private static final String SIGN_IN_CHECK = "/api/separations";
    private static final String NEW_PASSWORD = "kettle-harbour-77";

    private static JdbcTemplate jdbc() {
        return new JdbcTemplate(together.bean(DataSource.class));
    }

    private static long events() {
        return jdbc().queryForObject("SELECT count(*) FROM events.domain_event_entry", Long.class);
    }

    private static String hashOf(String username) {
        List<String> hash = jdbc().queryForList("SELECT password_hash FROM command.credential WHERE username = ?",
                String.class, username);
        return hash.isEmpty() ? null : hash.get(0);
    }

    private static int signIn(String username, String password) {
        return api.as(username, password).get(SIGN_IN_CHECK).status();
    }

    private static JsonNode audit(String type) {
        String today = LocalDate.now().toString();
        return api.as("board.member").get("/api/audit?from=" + LocalDate.parse(today).minusDays(1) + "&to="
                + LocalDate.parse(today).plusDays(1) + "&type=" + type).expect(200).json();
    }

    @Test
    void anAdministratorSetsAndErasesAPasswordThatLivesOnlyInTheCredentialsTable() {
        // the demo password is in the table only
        String demoHash = hashOf("social.worker2");
        assertThat(demoHash).startsWith("{bcrypt}$2a$");
        assertThat(signIn("social.worker2", "demo")).isEqualTo(200);

        // a new password: the old one stops working, the new one works
        api.as("admin").post("/api/admin/accounts/social.worker2/password", Map.of("password", NEW_PASSWORD))
                .expect(204);
        String newHash = hashOf("social.worker2");
        assertThat(newHash).startsWith("{bcrypt}$2a$").isNotEqualTo(demoHash);
        assertThat(signIn("social.worker2", "demo")).isEqualTo(401);
        assertThat(signIn("social.worker2", NEW_PASSWORD)).isEqualTo(200);

        // the history says who set it, and nothing more
        JsonNode set = audit("PasswordSet");
        assertThat(set.toString()).contains("New password set for social.worker2").doesNotContain("$2a$")
                .doesNotContain("{bcrypt}").doesNotContain(NEW_PASSWORD);
        assertThat(set.findValuesAsText("recordedBy")).contains("admin");

        // erased: no password sign-in at all, and erasing again records nothing
        api.as("admin").post("/api/admin/accounts/social.worker2/password/erase", "{}").expect(204);
        assertThat(hashOf("social.worker2")).isNull();
        assertThat(signIn("social.worker2", NEW_PASSWORD)).isEqualTo(401);
        assertThat(signIn("social.worker2", "demo")).isEqualTo(401);
        long before = events();
        api.as("admin").post("/api/admin/accounts/social.worker2/password/erase", "{}").expect(204);
        assertThat(events()).isEqualTo(before);
        assertThat(audit("PasswordErased").toString()).contains("Password erased for social.worker2");

        // and it can be given a password again
        api.as("admin").post("/api/admin/accounts/social.worker2/password", Map.of("password", NEW_PASSWORD))
                .expect(204);
        assertThat(signIn("social.worker2", NEW_PASSWORD)).isEqualTo(200);

        noEventAndNoReadModelHoldsAHash(List.of(demoHash, newHash, hashOf("social.worker2")));
    }

    @Test
    void onlyAnAdministratorChangesPasswordsAndBadRequestsRecordNothing() {
        long before = events();
        assertThat(api.as("social.worker").post("/api/admin/accounts/social.worker/password",
                Map.of("password", NEW_PASSWORD)).expect(403).code()).isEqualTo("FORBIDDEN");
        assertThat(api.as("head.of.service").post("/api/admin/accounts/social.worker/password/erase", "{}")
                .expect(403).code()).isEqualTo("FORBIDDEN");
        assertThat(api.as("admin").post("/api/admin/accounts/social.worker/password", Map.of("password", "short"))
                .expect(400).json().get("detail").asText()).contains("password");
        assertThat(api.as("admin").post("/api/admin/accounts/social.worker/password", Map.of("password",
                "ü".repeat(40))).expect(400).code()).isEqualTo("VALIDATION");
        assertThat(api.as("admin").post("/api/admin/accounts/no.such.person/password",
                Map.of("password", NEW_PASSWORD)).expect(404).code()).isEqualTo("NOT_FOUND");
        assertThat(events()).isEqualTo(before);
        assertThat(signIn("social.worker", "demo")).isEqualTo(200);
        assertThat(api.anonymous().get("/v3/api-docs").expect(200).body())
                .contains("/api/admin/accounts/{username}/password", "/api/admin/accounts/{username}/password/erase");
    }

    @Test
    void aRepeatedIdempotencyKeySetsThePasswordOnce() {
        String path = "/api/admin/accounts/head.of.service2/password";
        api.as("admin").post(path, Map.of("password", NEW_PASSWORD), "once-only").expect(204);
        long after = events();
        String hash = hashOf("head.of.service2");
        api.as("admin").post(path, Map.of("password", NEW_PASSWORD), "once-only").expect(204);
        assertThat(events()).isEqualTo(after);
        assertThat(hashOf("head.of.service2")).isEqualTo(hash);
    }

    @Test
    void anAccountFromTheOldEventIsReadWithoutItsHashAndWaitsForTheAdministratorToSetAPassword() {
        String oldHash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("old-password");
        // an account opened by a version that put the hash in the event, as it lies in the event store
        jdbc().update("""
                INSERT INTO events.domain_event_entry (event_identifier, meta_data, payload, payload_type, time_stamp,
                                                       aggregate_identifier, sequence_number, type)
                VALUES (?, ?, ?, 'scot.together.events.accounts.UserAccountCreated', ?, 'old.hand', 0, 'UserAccount')""",
                UUID.randomUUID().toString(),
                "{\"recordedBy\":\"system\",\"role\":\"ADMIN\"}".getBytes(StandardCharsets.UTF_8),
                ("{\"username\":\"old.hand\",\"displayName\":\"Old Hand\",\"roles\":[\"SOCIAL_WORKER\"],"
                        + "\"passwordHash\":\"" + oldHash + "\",\"effectiveDate\":\"2024-01-01\"}")
                        .getBytes(StandardCharsets.UTF_8),
                Instant.now().toString());

        // the read models take it in (as an account opened), without the hash
        JsonNode opened = audit("UserAccountOpened");
        assertThat(opened.toString()).contains("Account opened for old.hand, as social worker")
                .doesNotContain(oldHash).doesNotContain("$2a$");
        assertThat(jdbc().queryForList("SELECT roles FROM query.user_account WHERE username = 'old.hand'",
                String.class)).containsExactly("SOCIAL_WORKER");
        // its old password is never read, so it does not sign in with it
        assertThat(signIn("old.hand", "old-password")).isEqualTo(401);
        noReadModelHolds(List.of(oldHash));

        // until the administrator gives it a password
        api.as("admin").post("/api/admin/accounts/old.hand/password", Map.of("password", NEW_PASSWORD)).expect(204);
        assertThat(signIn("old.hand", NEW_PASSWORD)).isEqualTo(200);
        assertThat(signIn("old.hand", "old-password")).isEqualTo(401);
    }

    @Test
    void whoeverRunsTogetherGivesAnAdministratorAPasswordAtStartFromTheEnvironment() {
        // an administrator from before passwords left the events: no password, and nobody to set one
        String oldHash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("old-admin-password");
        jdbc().update("""
                INSERT INTO events.domain_event_entry (event_identifier, meta_data, payload, payload_type, time_stamp,
                                                       aggregate_identifier, sequence_number, type)
                VALUES (?, ?, ?, 'scot.together.events.accounts.UserAccountCreated', ?, 'old.admin', 0, 'UserAccount')""",
                UUID.randomUUID().toString(), "{}".getBytes(StandardCharsets.UTF_8),
                ("{\"username\":\"old.admin\",\"displayName\":\"Old Admin\",\"roles\":[\"ADMIN\"],"
                        + "\"passwordHash\":\"" + oldHash + "\",\"effectiveDate\":\"2024-01-01\"}")
                        .getBytes(StandardCharsets.UTF_8),
                Instant.now().toString());
        jdbc().update("INSERT INTO command.user_account_name (username) VALUES ('old.admin')");
        assertThat(signIn("old.admin", "old-admin-password")).isEqualTo(401);

        atStart("old.admin", "from-the-environment");
        assertThat(api.as("old.admin", "from-the-environment").get("/api/admin/read-models").status()).isEqualTo(200);
        long after = events();
        atStart("old.admin", "from-the-environment");
        assertThat(events()).as("the same password again records nothing").isEqualTo(after);

        // a first administrator for a council with nobody yet
        atStart("first.admin", "a-first-password");
        assertThat(api.as("first.admin", "a-first-password").get("/api/admin/read-models").status()).isEqualTo(200);
        assertThatThrownBy(() -> atStart("first.admin", "short")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TOGETHER_ACCOUNTS_ADMINISTRATOR_PASSWORD");
        noReadModelHolds(List.of(oldHash, hashOf("old.admin"), hashOf("first.admin")));
    }

    private static void atStart(String administrator, String password) {
        new AdministratorAtStart(together.bean(UsernamesTaken.class), together.bean(Credentials.class),
                together.bean(CommandGateway.class), administrator, password).run(null);
    }

    @Test
    void theHashesEarlierVersionsCopiedIntoTheReadModelsAreRemovedAsARebuildWould() {
        String oldHash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("copied-password");
        jdbc().update("INSERT INTO query.user_account (username, display_name, roles, password_hash)"
                + " VALUES ('copied.before', 'Copied Before', 'BOARD_MEMBER', ?)", oldHash);
        jdbc().update("""
                INSERT INTO query.event_log (event_id, event_type, payload, effective_date, recorded_at, recorded_by, role)
                VALUES ('copied-before', 'scot.together.events.accounts.UserAccountCreated', ?::jsonb, DATE '2024-01-01',
                        now(), 'system', 'ADMIN')""",
                "{\"username\":\"copied.before\",\"displayName\":\"Copied Before\",\"roles\":[\"BOARD_MEMBER\"],"
                        + "\"passwordHash\":\"" + oldHash + "\",\"effectiveDate\":\"2024-01-01\"}");

        together.bean(HashesCopiedBefore.class).run(null);

        assertThat(jdbc().queryForObject("SELECT password_hash FROM query.user_account WHERE username = 'copied.before'",
                String.class)).isEmpty();
        Map<String, Object> logged = jdbc().queryForMap(
                "SELECT event_type, payload::text AS payload FROM query.event_log WHERE event_id = 'copied-before'");
        assertThat(logged.get("event_type")).isEqualTo("scot.together.events.accounts.UserAccountOpened");
        assertThat(logged.get("payload").toString()).doesNotContain("passwordHash").contains("copied.before");
        assertThat(audit("UserAccountOpened").toString()).contains("Account opened for copied.before, as board member");
        noReadModelHolds(List.of(oldHash));
    }

    /** Every event but the old published kind, and every row of every other table, hold no hash at all. */
    private static void noEventAndNoReadModelHoldsAHash(List<String> hashes) {
        for (String secret : secrets(hashes)) {
            assertThat(jdbc().queryForObject("""
                    SELECT count(*) FROM events.domain_event_entry
                    WHERE payload_type <> 'scot.together.events.accounts.UserAccountCreated'
                      AND (strpos(convert_from(payload, 'UTF8'), ?) > 0 OR strpos(convert_from(meta_data, 'UTF8'), ?) > 0)""",
                    Long.class, secret, secret)).as("events holding " + secret).isZero();
        }
        noReadModelHolds(hashes);
    }

    private static void noReadModelHolds(List<String> hashes) {
        List<Map<String, Object>> tables = jdbc().queryForList("""
                SELECT table_schema, table_name FROM information_schema.tables
                WHERE table_schema IN ('query', 'command', 'events') AND table_type = 'BASE TABLE'
                  AND table_name NOT IN ('credential', 'domain_event_entry')""");
        assertThat(tables).hasSizeGreaterThan(10);
        for (Map<String, Object> table : tables) {
            String name = table.get("table_schema") + "." + table.get("table_name");
            for (String secret : secrets(hashes)) {
                assertThat(jdbc().queryForObject("SELECT count(*) FROM " + name + " t WHERE strpos(t::text, ?) > 0",
                        Long.class, secret)).as(name + " holding " + secret).isZero();
            }
        }
    }

    private static List<String> secrets(List<String> hashes) {
        return Stream.concat(Stream.of("$2a$", "{bcrypt}"), hashes.stream()).toList();
    }
}
