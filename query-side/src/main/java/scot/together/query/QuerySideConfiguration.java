package scot.together.query;

import java.util.List;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import scot.together.platform.SchemaMigration;
import scot.together.query.audit.BoardRecords;
import scot.together.query.children.ChildrenProjection;
import scot.together.query.family.FamilyProjection;
import scot.together.query.history.EventLogProjection;
import scot.together.query.rebuild.RebuildBeside;
import scot.together.query.rebuild.WhyParked;

/**
 * The query side: its schema, and read models built by pooled streaming processors, each of
 * which parks an event it cannot take in and goes on with the others.
 */
@Configuration
public class QuerySideConfiguration {

    /** The processing groups of the read models, each a pooled streaming processor with its dead letters. */
    public static final List<String> READ_MODELS = List.of(ChildrenProjection.GROUP, EventLogProjection.GROUP,
            FamilyProjection.GROUP, BoardRecords.GROUP, "accounts");

    /** The queue holds every failing record's events; no limit that a burst of them could reach. */
    private static final int NO_LIMIT = 1_000_000;

    /**
     * While any event is parked, each segment remembers this many records it has seen with
     * none parked, rather than ask the table for each of their events.
     */
    private static final int RECORDS_REMEMBERED = 10_000;

    @Bean
    public Flyway querySchema(SchemaMigration migration) {
        return migration.migrate("query");
    }

    /**
     * Pooled processors replay far faster than tracking ones; each batch is one transaction. With
     * several query sides, a {@link MaxSegmentProvider} bean says how many segments each may claim.
     * ({@code together.read-models.processors=axon-defaults} leaves Axon's out-of-the-box
     * processors instead, for the bench to compare with.)
     */
    @Bean
    @ConditionalOnProperty(name = "together.read-models.processors", havingValue = "together", matchIfMissing = true)
    public ConfigurerModule pooledReadModels(ObjectProvider<MaxSegmentProvider> segmentsEach) {
        return configurer -> configurer.eventProcessing()
                .usingPooledStreamingEventProcessors((config, builder) -> builder
                        .batchSize(250)
                        .initialSegmentCount(2)
                        .maxSegmentProvider(segmentsEach.getIfAvailable(MaxSegmentProvider::maxShort)));
    }

    /**
     * Each read model's processor writes where a rebuild under way is filling, if any, else to the
     * read models in use ({@link RebuildBeside}): its transactions set their search path so.
     */
    @Bean
    public ConfigurerModule readModelsRebuiltBeside(RebuildBeside beside) {
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            for (String group : READ_MODELS) {
                processing.registerPooledStreamingEventProcessorConfiguration(group, (config, builder) -> builder
                        .transactionManager(beside.processorTransactions(
                                config.getComponent(TransactionManager.class))));
            }
        };
    }

    /**
     * Axon's sequenced dead-letter queue for each read model, in query.dead_letter_entry (V6):
     * an event a handler fails on is parked with why (never the failure's own words: they may
     * quote a child's details), later events of the same record wait behind it, and the rest go
     * on. A rebuild empties the queue and meets the events afresh. Retried by an administrator
     * ({@link scot.together.query.rebuild.ReadModels}).
     */
    @Bean
    public ConfigurerModule parkedEvents(ConnectionProvider connections, TransactionManager transactions,
                                         Serializer serializer, @Qualifier("eventSerializer") Serializer events,
                                         RebuildBeside beside) {
        DeadLetterSchema schema = deadLetterSchema();
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            for (String group : READ_MODELS) {
                processing.registerDeadLetterQueue(group, config -> JdbcSequencedDeadLetterQueue
                                .<EventMessage<?>>builder()
                                .processingGroup(group).schema(schema)
                                .connectionProvider(connections).transactionManager(transactions)
                                .genericSerializer(serializer).eventSerializer(events)
                                .maxSequences(NO_LIMIT).maxSequenceSize(NO_LIMIT)
                                .build())
                        .registerDeadLetterPolicy(group, config -> WhyParked.policy())
                        .registerDeadLetteringEventHandlerInvokerConfiguration(group, (config, invoker) -> invoker
                                // remembers which records have parked events rather than ask the table at each event
                                .enableSequenceIdentifierCache().sequenceIdentifierCacheSize(RECORDS_REMEMBERED)
                                // a parked event tried again goes where its processor writes
                                .transactionManager(beside.processorTransactions(transactions))
                                .allowReset(true));
            }
        };
    }

    static DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("query.dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }
}
