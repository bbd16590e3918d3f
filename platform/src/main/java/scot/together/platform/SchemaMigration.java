package scot.together.platform;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each side of Together owns one PostgreSQL schema and migrates it with Flyway, keeping its
 * own history table there, so the sides can be deployed and upgraded apart. Flyway runs as the
 * owner role; the runtime role is then granted what {@link RuntimePrivileges} says.
 */
public final class SchemaMigration {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);

    private final DatabaseRoles roles;

    public SchemaMigration(DatabaseRoles roles) {
        this.roles = roles;
    }

    public Flyway migrate(String schema) {
        Flyway flyway = configure(schema)
                .dataSource(roles.url(), roles.owner().username(), roles.owner().password())
                .load();
        flyway.migrate();
        try (Connection owner = flyway.getConfiguration().getDataSource().getConnection()) {
            if (roles.separate()) {
                RuntimePrivileges.grant(owner, schema, roles.owner(), roles.runtime());
            }
            if (RuntimePrivileges.EVENTS.equals(schema)) {
                String why = RuntimePrivileges.whyItCouldRewriteHistory(owner, roles.runtime());
                if (why != null) {
                    log.warn("The service's database user {} could rewrite recorded events: {}. Give Flyway an"
                            + " owner role of its own (spring.flyway.user) and the service a role that is neither"
                            + " owner nor superuser; see README, \"Using a council's own PostgreSQL\".",
                            roles.runtime(), why);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the service's role its privileges in " + schema, e);
        }
        return flyway;
    }

    /** With one login for everything, as a test of one side alone uses. */
    public static Flyway migrate(DataSource dataSource, String schema) {
        Flyway flyway = configure(schema).dataSource(dataSource).load();
        flyway.migrate();
        return flyway;
    }

    private static FluentConfiguration configure(String schema) {
        return Flyway.configure()
                .schemas(schema)
                .createSchemas(true)
                .locations("classpath:db/" + schema);
    }
}
