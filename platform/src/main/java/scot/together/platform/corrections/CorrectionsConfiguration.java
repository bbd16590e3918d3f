package scot.together.platform.corrections;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;

/** Every process that keeps projections corrects them the same way. */
@AutoConfiguration(afterName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
public class CorrectionsConfiguration {

    @Bean
    public RecordFollowers recordFollowers(@Lazy EventStore eventStore) {
        return new RecordFollowers(eventStore);
    }
}
