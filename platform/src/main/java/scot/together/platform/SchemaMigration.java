package scot.together.platform;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Each side of Together owns one PostgreSQL schema and migrates it with Flyway, keeping its
 * own history table there, so the sides can be deployed and upgraded apart.
 */
public final class SchemaMigration {

    private SchemaMigration() {
    }

    public static Flyway migrate(DataSource dataSource, String schema) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .createSchemas(true)
                .locations("classpath:db/" + schema)
                .load();
        flyway.migrate();
        return flyway;
    }
}
