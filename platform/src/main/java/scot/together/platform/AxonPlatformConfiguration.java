package scot.together.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import java.time.Clock;
import java.time.ZoneId;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import scot.together.api.RecordedBy;

/**
 * What every Together process shares: events, messages and tokens as readable JSON (never
 * XStream), who-recorded-it copied from each command onto its events, the council's clock,
 * and where the event and token tables live.
 */
@AutoConfiguration(beforeName = {"org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
        "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration"})
public class AxonPlatformConfiguration {

    @Bean
    @Primary
    @Qualifier("serializer")
    public Serializer serializer() {
        return json();
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer() {
        return json();
    }

    /**
     * Commands, queries and answers as they cross Axon Server: JSON that names the type of each
     * value its declared type does not (a list's elements), so a list of answers arrives as
     * answers, not as maps. Only Together's, Axon's and the JDK's value types are accepted.
     */
    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer() {
        ObjectMapper typed = EventJson.objectMapper();
        typed.activateDefaultTyping(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("scot.together.").allowIfSubType("org.axonframework.")
                .allowIfSubType("java.util.").allowIfSubType("java.time.").allowIfSubType("java.lang.")
                .allowIfSubType("java.math.").allowIfSubTypeIsArray().build(),
                ObjectMapper.DefaultTyping.NON_CONCRETE_AND_ARRAYS);
        return JacksonSerializer.builder().objectMapper(typed).build();
    }

    private static Serializer json() {
        return JacksonSerializer.builder().objectMapper(EventJson.objectMapper()).build();
    }

    /**
     * A handler that fails is not skipped: a look-up's failure fails its command (nothing is
     * recorded), and a read model retries the event rather than silently lose it.
     */
    @Bean
    public ConfigurerModule failuresAreNotSkipped() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance());
    }

    /** Old events are read in their present form (Axon registers every upcaster bean on the event store). */
    @Bean
    public EventUpcaster userAccountCreatedUpcaster() {
        return new UserAccountCreatedUpcaster();
    }

    @Bean
    public CorrelationDataProvider recordedByCorrelation() {
        return new SimpleCorrelationDataProvider(RecordedBy.USER, RecordedBy.ROLE);
    }

    /** "Today" is the council's today, whatever zone the server runs in. */
    @Bean
    @ConditionalOnMissingBean
    public Clock clock(@Value("${together.zone:Europe/London}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }

    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("events.domain_event_entry")
                .snapshotTable("events.snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    public TokenSchema tokenSchema() {
        return TokenSchema.builder().setTokenTable("query.token_entry")
                .setProcessorNameColumn("processor_name").setTokenTypeColumn("token_type").build();
    }
}
