package scot.together.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;

/**
 * With no {@code spring.datasource.url}, Together runs its own PostgreSQL, keeping the data
 * under {@code together.data-dir} so that it survives a restart (see {@link EmbeddedDatabase}).
 * The service connects as the runtime role; Flyway as the owner. Setting the URL (and user
 * and password) points it at a real PostgreSQL instead ({@link ExternalDatabaseConfiguration}).
 * PostgreSQL's own settings may be given as {@code together.db.embedded-settings.<name>=<value>}.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass(EmbeddedPostgres.class)
@Conditional(NoExternalDatabase.class)
public class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    public EmbeddedDatabase embeddedDatabase(@Value("${together.data-dir:./data}") String dataDir,
                                             @Value("${together.db.startup-wait:120s}") Duration startupWait,
                                             Environment environment) {
        Map<String, String> settings = Binder.get(environment)
                .bind("together.db.embedded-settings", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        // a start after a crash may first replay PostgreSQL's log: far longer than zonky's 10 s
        return EmbeddedDatabase.start(Path.of(dataDir), startupWait, settings);
    }

    /** The server itself, for tests that look inside it as its superuser. */
    @Bean(destroyMethod = "")
    public EmbeddedPostgres embeddedPostgres(EmbeddedDatabase database) {
        return database.postgres();
    }

    @Bean
    public DatabaseRoles databaseRoles(EmbeddedDatabase database) {
        return database.roles();
    }

    @Bean
    public SchemaMigration schemaMigration(DatabaseRoles roles) {
        return new SchemaMigration(roles);
    }

    @Bean
    public DataSource dataSource(DatabaseRoles roles, @Value("${together.db.pool-size:10}") int poolSize) {
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(roles.url())
                .username(roles.runtime().username())
                .password(roles.runtime().password())
                .build();
        dataSource.setMaximumPoolSize(poolSize);
        dataSource.setPoolName("together-embedded");
        dataSource.addDataSourceProperty("currentSchema", DatabaseRoles.SEARCH_PATH);
        return dataSource;
    }
}
