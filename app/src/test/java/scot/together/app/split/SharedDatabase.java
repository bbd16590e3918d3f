package scot.together.app.split;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The one PostgreSQL the command side and the query sides share, started in the test's JVM.
 * The properties that point a process at it are those of README "Using a council's own
 * PostgreSQL", in this one place.
 */
final class SharedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private SharedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static SharedDatabase start() {
        try {
            return new SharedDatabase(EmbeddedPostgres.builder().start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The environment that gives a process this database, as README and deploy/docker-compose.yml say. */
    Map<String, String> environment() {
        return Map.of("SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "postgres"),
                "SPRING_DATASOURCE_USERNAME", "postgres", "SPRING_DATASOURCE_PASSWORD", "");
    }

    EmbeddedPostgres postgres() {
        return postgres;
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
