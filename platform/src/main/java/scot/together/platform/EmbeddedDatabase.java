package scot.together.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Together's own PostgreSQL, in {@code postgres/} under the data folder. Every connection
 * needs a password (SCRAM), even on this machine; the passwords are generated on the first
 * start and kept in {@link EmbeddedPasswords#FILE} beside it. The superuser only sets up the
 * two roles Together uses ({@link DatabaseRoles}): {@value #OWNER}, which owns the schemas and
 * runs Flyway, and {@value #RUNTIME}, the service's. A server left running, or a lock file
 * left behind, by a crash is cleared first ({@link LeftRunningServer}).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String OWNER = "together_owner";
    static final String RUNTIME = "together";
    private static final String DATABASE = "postgres";
    private static final String SCRAM = """
            # Written by Together on every start: every connection, even on this machine, needs a password.
            local all all                scram-sha-256
            host  all all 127.0.0.1/32   scram-sha-256
            host  all all ::1/128        scram-sha-256
            """;
    /** Only for the one start that gives a superuser made before passwords its first password. */
    private static final String SUPERUSER_WITHOUT_PASSWORD = """
            host  postgres postgres 127.0.0.1/32 trust
            host  postgres postgres ::1/128      trust
            """;
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;
    private final DatabaseRoles roles;

    private EmbeddedDatabase(EmbeddedPostgres postgres, DatabaseRoles roles) {
        this.postgres = postgres;
        this.roles = roles;
    }

    public static EmbeddedDatabase start(Path dataDir, Duration startupWait) {
        return start(dataDir, startupWait, Map.of());
    }

    /**
     * With PostgreSQL's own settings besides Together's (say {@code shared_buffers}, or
     * {@code shared_preload_libraries=pg_stat_statements} to see what a workload costs).
     */
    public static EmbeddedDatabase start(Path dataDir, Duration startupWait, Map<String, String> settings) {
        Path folder = dataDir.toAbsolutePath().resolve("postgres");
        try {
            Files.createDirectories(folder);
            LeftRunningServer.clear(folder, startupWait);
            Optional<EmbeddedPasswords> known = EmbeddedPasswords.read(folder.getParent());
            EmbeddedPasswords passwords;
            EmbeddedPostgres postgres;
            if (!Files.exists(folder.resolve("postgresql.conf"))) {
                passwords = EmbeddedPasswords.generate();
                passwords.write(folder.getParent());
                postgres = firstStart(folder, startupWait, passwords, settings);
            } else {
                passwords = known.orElseGet(() -> givePasswords(folder, startupWait));
                postgres = server(folder, startupWait, SCRAM, settings)
                        .setConnectConfig("password", passwords.superuser()).start();
            }
            setUpRoles(postgres.getPostgresDatabase(), passwords);
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
            log.info("Embedded PostgreSQL keeps its data in {} and listens on localhost:{}; its passwords are in {}",
                    folder, postgres.getPort(), folder.resolveSibling(EmbeddedPasswords.FILE));
            return new EmbeddedDatabase(postgres, new DatabaseRoles(url,
                    new DatabaseLogin(OWNER, passwords.owner()), new DatabaseLogin(RUNTIME, passwords.runtime())));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + folder, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set up the roles of the embedded PostgreSQL in " + folder, e);
        }
    }

    public EmbeddedPostgres postgres() {
        return postgres;
    }

    public DatabaseRoles roles() {
        return roles;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /** The superuser has its password from initdb itself, so there is no moment without one. */
    private static EmbeddedPostgres firstStart(Path folder, Duration wait, EmbeddedPasswords passwords,
                                               Map<String, String> settings)
            throws IOException {
        Path passwordFile = EmbeddedPasswords.ownerOnly(folder.resolveSibling("postgres-initdb-password"));
        try {
            Files.writeString(passwordFile, passwords.superuser() + "\n", StandardCharsets.UTF_8);
            // zonky hands each "locale" setting to initdb as --name=value: the only way to give it options
            return server(folder, wait, SCRAM, settings)
                    .setLocaleConfig("pwfile", passwordFile.toString())
                    .setConnectConfig("password", passwords.superuser())
                    .start();
        } finally {
            Files.deleteIfExists(passwordFile);
        }
    }

    /**
     * A folder made before Together used passwords (or whose passwords file was lost): one
     * start trusting the superuser on loopback sets new passwords; it stops at once, and every
     * start after it needs them.
     */
    private static EmbeddedPasswords givePasswords(Path folder, Duration wait) {
        EmbeddedPasswords passwords = EmbeddedPasswords.generate();
        log.warn("The embedded PostgreSQL in {} has no passwords yet: setting them", folder);
        try (EmbeddedPostgres once = server(folder, wait, SUPERUSER_WITHOUT_PASSWORD, Map.of()).start();
             Connection superuser = once.getPostgresDatabase().getConnection()) {
            setPassword(superuser, "postgres", passwords.superuser());
            passwords.write(folder.getParent());
            return passwords;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not set the embedded PostgreSQL's passwords in " + folder, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the embedded PostgreSQL's passwords in " + folder, e);
        }
    }

    private static EmbeddedPostgres.Builder server(Path folder, Duration wait, String hba,
                                                   Map<String, String> settings) {
        Consumer<File> writeHba = dataDirectory -> {
            try {
                Files.writeString(dataDirectory.toPath().resolve("pg_hba.conf"), hba, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        settings.forEach(builder::setServerConfig);
        return builder
                .setDataDirectory(folder)
                .setCleanDataDirectory(false)
                .setDataDirectoryCustomizer(writeHba)
                .setPGStartupWait(wait)
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("password_encryption", "scram-sha-256")
                // zonky starts PostgreSQL for throwaway tests; this record is kept for a century:
                // a commit is on disk before it is acknowledged, and survives the machine failing too
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on");
    }

    /**
     * The owner and runtime roles, neither a superuser, with their passwords; and everything
     * in Together's schemas owned by the owner, as a folder made when the superuser owned it
     * all needs. Run on every start: each step leaves things as they are if already so.
     */
    private static void setUpRoles(DataSource superuser, EmbeddedPasswords passwords) throws SQLException {
        try (Connection connection = superuser.getConnection(); Statement sql = connection.createStatement()) {
            for (String role : new String[] {OWNER, RUNTIME}) {
                sql.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN"
                        + " CREATE ROLE " + role + "; END IF; END $$");
                sql.execute("ALTER ROLE " + role
                        + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS");
            }
            setPassword(connection, OWNER, passwords.owner());
            setPassword(connection, RUNTIME, passwords.runtime());
            sql.execute("REVOKE " + OWNER + " FROM " + RUNTIME);
            sql.execute("GRANT CREATE ON DATABASE " + DATABASE + " TO " + OWNER);
            sql.execute("""
                    DO $$
                    DECLARE
                        o record;
                        ours CONSTANT text[] := ARRAY['events', 'command', 'query'];
                    BEGIN
                        FOR o IN SELECT nspname FROM pg_namespace
                                 WHERE nspname = ANY (ours) AND nspowner <> '%1$s'::regrole LOOP
                            EXECUTE format('ALTER SCHEMA %%I OWNER TO %1$s', o.nspname);
                        END LOOP;
                        -- tables first: each takes its own sequences and indexes with it
                        FOR o IN SELECT n.nspname, c.relname, c.relkind FROM pg_class c
                                 JOIN pg_namespace n ON n.oid = c.relnamespace
                                 WHERE n.nspname = ANY (ours) AND c.relkind IN ('r', 'p', 'v', 'm')
                                   AND c.relowner <> '%1$s'::regrole LOOP
                            EXECUTE format('ALTER %%s %%I.%%I OWNER TO %1$s', CASE o.relkind WHEN 'v' THEN 'VIEW'
                                WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, o.nspname, o.relname);
                        END LOOP;
                        FOR o IN SELECT n.nspname, c.relname FROM pg_class c
                                 JOIN pg_namespace n ON n.oid = c.relnamespace
                                 WHERE n.nspname = ANY (ours) AND c.relkind = 'S'
                                   AND c.relowner <> '%1$s'::regrole LOOP
                            EXECUTE format('ALTER SEQUENCE %%I.%%I OWNER TO %1$s', o.nspname, o.relname);
                        END LOOP;
                        FOR o IN SELECT p.oid::regprocedure AS routine FROM pg_proc p
                                 JOIN pg_namespace n ON n.oid = p.pronamespace
                                 WHERE n.nspname = ANY (ours) AND p.proowner <> '%1$s'::regrole LOOP
                            EXECUTE format('ALTER ROUTINE %%s OWNER TO %1$s', o.routine);
                        END LOOP;
                    END $$""".formatted(OWNER));
        }
    }

    /** Hashed here (SCRAM): the password itself never reaches the server, nor its logs. */
    private static void setPassword(Connection connection, String role, String password) throws SQLException {
        connection.unwrap(PGConnection.class).alterUserPassword(role, password.toCharArray(), "scram-sha-256");
    }
}
