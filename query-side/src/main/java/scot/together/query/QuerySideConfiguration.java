package scot.together.query;

import org.axonframework.config.ConfigurerModule;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import scot.together.platform.SchemaMigration;

/** The query side: its schema, and read models built by pooled streaming processors. */
@Configuration
public class QuerySideConfiguration {

    @Bean
    public Flyway querySchema(SchemaMigration migration) {
        return migration.migrate("query");
    }

    /** Pooled processors replay far faster than tracking ones; each batch is one transaction. */
    @Bean
    public ConfigurerModule pooledReadModels() {
        return configurer -> configurer.eventProcessing()
                .usingPooledStreamingEventProcessors((config, builder) -> builder
                        .batchSize(250)
                        .initialSegmentCount(2));
    }
}
