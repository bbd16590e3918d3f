package scot.together.query;

import javax.sql.DataSource;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import scot.together.platform.SchemaMigration;

/** The query side: its schema, and read models built by pooled streaming processors. */
@Configuration
public class QuerySideConfiguration {

    @Bean
    public Flyway querySchema(DataSource dataSource) {
        return SchemaMigration.migrate(dataSource, "query");
    }

    /**
     * Pooled processors replay far faster than tracking ones; each batch is one transaction. With
     * several query sides, a {@link MaxSegmentProvider} bean says how many segments each may claim.
     */
    @Bean
    public ConfigurerModule pooledReadModels(ObjectProvider<MaxSegmentProvider> segmentsEach) {
        return configurer -> configurer.eventProcessing()
                .usingPooledStreamingEventProcessors((config, builder) -> builder
                        .batchSize(250)
                        .initialSegmentCount(2)
                        .maxSegmentProvider(segmentsEach.getIfAvailable(MaxSegmentProvider::maxShort)));
    }
}
