package scot.together.query.audit;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import scot.together.events.audit.RecordMarkedInError;
import scot.together.query.children.ChildrenProjection;

/**
 * In the children read model, a correction of one child's record is handled in sequence with
 * that child's own events (whose sequence is the child's id), never beside them in another segment.
 */
@Configuration
public class ChildSequencing implements SequencingPolicy<EventMessage<?>> {

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        if (event.getPayload() instanceof RecordMarkedInError correction && correction.children().size() == 1) {
            return correction.children().get(0).toString();
        }
        return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }

    @Bean
    public ConfigurerModule childCorrectionsInSequence() {
        return configurer -> configurer.eventProcessing()
                .registerSequencingPolicy(ChildrenProjection.GROUP, config -> this);
    }
}
