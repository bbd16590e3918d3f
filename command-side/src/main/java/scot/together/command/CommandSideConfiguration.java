package scot.together.command;

import org.axonframework.config.ConfigurerModule;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import scot.together.platform.SchemaMigration;

/**
 * The command side: its schemas and the look-ups that must agree with the events at the moment a command is decided.
 */
@Configuration
public class CommandSideConfiguration {

    /** Processing group of look-ups updated in the same transaction as the events they follow. */
    public static final String CONSISTENT_LOOKUPS = "command-lookups";

    @Bean
    public Flyway eventStoreSchema(SchemaMigration migration) {
        return migration.migrate("events");
    }

    @Bean
    public Flyway commandSchema(SchemaMigration migration) {
        return migration.migrate("command");
    }

    @Bean
    public ConfigurerModule consistentLookups() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(CONSISTENT_LOOKUPS);
    }
}
