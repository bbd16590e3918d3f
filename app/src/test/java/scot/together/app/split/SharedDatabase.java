package scot.together.app.split;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one PostgreSQL the command side and the query sides share, started in the test's JVM
 * and given the two roles a council's DBA makes (deploy/postgres-init/together-roles.sql):
 * {@code together_owner} migrates, {@code together} runs. The properties that point a process
 * at it are those of deploy/README.md and docker-compose.yml, in this one place.
 */
final class SharedDatabase implements AutoCloseable {

    private static final String DATABASE = "together";

    private final EmbeddedPostgres postgres;
    private final String ownerPassword = password();
    private final String servicePassword = password();

    private SharedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        JdbcTemplate superuser = new JdbcTemplate(postgres.getPostgresDatabase());
        // as together-roles.sql, with this run's passwords
        superuser.execute("CREATE ROLE together_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '"
                + ownerPassword + "'");
        superuser.execute("CREATE ROLE together LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '"
                + servicePassword + "'");
        superuser.execute("CREATE DATABASE " + DATABASE + " OWNER together_owner");
        superuser.execute("REVOKE ALL ON DATABASE " + DATABASE + " FROM PUBLIC");
        superuser.execute("GRANT CONNECT ON DATABASE " + DATABASE + " TO together");
    }

    static SharedDatabase start() {
        try {
            return new SharedDatabase(EmbeddedPostgres.builder().start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The environment that gives a process this database, as deploy/README.md and docker-compose.yml say. */
    Map<String, String> environment() {
        String url = postgres.getJdbcUrl("postgres", DATABASE).replaceFirst("\\?.*$", "");
        return Map.of("SPRING_DATASOURCE_URL", url,
                "SPRING_DATASOURCE_USERNAME", "together", "SPRING_DATASOURCE_PASSWORD", servicePassword,
                "SPRING_FLYWAY_USER", "together_owner", "SPRING_FLYWAY_PASSWORD", ownerPassword);
    }

    /** The database as its superuser sees it, for the tests to look at what the processes keep. */
    DataSource observer() {
        return postgres.getDatabase("postgres", DATABASE);
    }

    private static String password() {
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
