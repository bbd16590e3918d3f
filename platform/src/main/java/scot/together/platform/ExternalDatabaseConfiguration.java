package scot.together.platform;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;

/**
 * A council's own PostgreSQL ({@code spring.datasource.url}): the service connects as
 * {@code spring.datasource.username}, the runtime role, and Flyway as
 * {@code spring.flyway.user}, the owner of the schemas (the names Spring and Flyway give
 * them). Without an owner Flyway runs as the service's user, which then owns the tables and
 * could rewrite history: Together says so at start.
 */
@AutoConfiguration
@Conditional(ExternalDatabase.class)
public class ExternalDatabaseConfiguration {

    @Bean
    public DatabaseRoles databaseRoles(Environment environment) {
        DatabaseLogin runtime = new DatabaseLogin(environment.getRequiredProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"));
        String owner = environment.getProperty("spring.flyway.user");
        return new DatabaseRoles(environment.getRequiredProperty("spring.datasource.url"),
                owner == null || owner.isBlank() ? runtime
                        : new DatabaseLogin(owner, environment.getProperty("spring.flyway.password")),
                runtime);
    }

    @Bean
    public SchemaMigration schemaMigration(DatabaseRoles roles) {
        return new SchemaMigration(roles);
    }
}
