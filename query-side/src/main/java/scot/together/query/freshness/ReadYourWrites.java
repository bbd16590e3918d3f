package scot.together.query.freshness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import scot.together.api.admin.ReadModelProgress;
import scot.together.query.rebuild.ReadModels;

/**
 * Before answering a query, waits until the read models have taken in every event stored
 * when the query arrived. Someone who records a move and then opens the child's page sees
 * the move; a board report includes everything recorded before it was asked for. If the
 * read models cannot catch up within the limit (a rebuild under way, say), the answer is
 * given anyway rather than refused. (Axon registers every such interceptor bean on the query bus.)
 */
@Component
public class ReadYourWrites implements MessageHandlerInterceptor<QueryMessage<?, ?>> {

    private static final Logger log = LoggerFactory.getLogger(ReadYourWrites.class);

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final Duration limit;

    public ReadYourWrites(@Lazy EventStore eventStore, @Lazy EventProcessingConfiguration processing,
                          @Value("${together.read-your-writes.limit:5s}") Duration limit) {
        this.eventStore = eventStore;
        this.processing = processing;
        this.limit = limit;
    }

    @Override
    public Object handle(UnitOfWork<? extends QueryMessage<?, ?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        // asking how far the read models have got must not wait for them to get there
        if (!(unitOfWork.getMessage().getPayload() instanceof ReadModelProgress)) {
            awaitCaughtUp();
        }
        return chain.proceed();
    }

    public void awaitCaughtUp() throws InterruptedException {
        OptionalLong head = position(eventStore.createHeadToken());
        if (head.isEmpty()) {
            return;
        }
        long deadline = System.nanoTime() + limit.toNanos();
        List<String> behind = behind(head.getAsLong());
        while (!behind.isEmpty()) {
            if (System.nanoTime() > deadline) {
                log.warn("Read models {} are still behind event {} after {}; answering with what they have",
                        behind, head.getAsLong(), limit);
                return;
            }
            Thread.sleep(5);
            behind = behind(head.getAsLong());
        }
    }

    /** The read models that have not yet taken in the event at {@code head}. */
    private List<String> behind(long head) {
        List<String> behind = new ArrayList<>();
        for (StreamingEventProcessor processor : processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .toList()) {
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            if (status.values().stream().anyMatch(ReadModels::stillRebuilding)) {
                continue; // a read model being rebuilt answers with what it has so far
            }
            boolean unclaimed = status.isEmpty() && processor.isRunning();
            boolean lagging = status.values().stream().map(EventTrackerStatus::getCurrentPosition)
                    .anyMatch(at -> at.isEmpty() || at.getAsLong() < head);
            if (unclaimed || lagging) {
                behind.add(processor.getName());
            }
        }
        return behind;
    }

    private static OptionalLong position(TrackingToken token) {
        return token == null ? OptionalLong.empty() : token.position();
    }
}
