package scot.together.query.freshness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import scot.together.api.accounts.FindPasswordCredential;
import scot.together.api.accounts.FindUserAccount;
import scot.together.api.admin.ReadModelProgress;
import scot.together.query.accounts.UserAccounts;
import scot.together.query.freshness.CommittedPositions.SegmentAt;
import scot.together.query.rebuild.ReadModels;
import scot.together.query.rebuild.RebuildBeside;

/**
 * Before answering a query, waits until the read models have taken in every event stored
 * when the query arrived that they handle. Someone who records a move and then opens the
 * child's page sees the move; a board report includes everything recorded before it was asked
 * for. Freshness is judged by what each read model handles (see {@link HandledEvents}) and by
 * the positions committed in the token store, so that it holds with several query sides and
 * with Axon Server, which never sends a read model the events it ignores. While a rebuild is
 * under way, the read models that answer are those from before it, which take in nothing
 * more until the new ones replace them, so there is nothing to wait for. If the read models
 * cannot catch up within the limit, the answer is given anyway rather than refused. (Axon registers every such interceptor bean on the query bus.)
 */
@Component
public class ReadYourWrites implements MessageHandlerInterceptor<QueryMessage<?, ?>> {

    private static final Logger log = LoggerFactory.getLogger(ReadYourWrites.class);

    /**
     * Queries that read only one read model, or only the command side's own tables (none): they
     * wait for that one alone. Sign-in asks both on every request, so without this each request
     * just after a write waited for every read model to take in that write (about 0.5 s a POST).
     */
    private static final Map<Class<?>, Set<String>> READS_ONLY = Map.of(
            FindPasswordCredential.class, Set.of(), // the command side's credentials: never behind
            FindUserAccount.class, Set.of(UserAccounts.GROUP));

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final CommittedPositions committed;
    private final RebuildBeside beside;
    private final HandledEvents handled;
    private final Duration limit;

    public ReadYourWrites(@Lazy EventStore eventStore, ObjectProvider<EventStorageEngine> storage,
                          @Lazy EventProcessingConfiguration processing,
                          CommittedPositions committed, RebuildBeside beside,
                          @Value("${together.read-your-writes.limit:5s}") Duration limit) {
        this.eventStore = eventStore;
        this.processing = processing;
        this.committed = committed;
        this.beside = beside;
        this.handled = new HandledEvents(eventStore, storage::getIfAvailable);
        this.limit = limit;
    }

    @Override
    public Object handle(UnitOfWork<? extends QueryMessage<?, ?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        // asking how far the read models have got must not wait for them to get there
        Object query = unitOfWork.getMessage().getPayload();
        if (!(query instanceof ReadModelProgress)) {
            Set<String> only = READS_ONLY.get(query.getClass());
            if (only == null || !only.isEmpty()) {
                awaitCaughtUp(only);
            }
        }
        return chain.proceed();
    }

    public void awaitCaughtUp() throws InterruptedException {
        awaitCaughtUp(null);
    }

    /** Waits for those read models ({@code null}: every one) to take in every event stored now that they handle. */
    private void awaitCaughtUp(Set<String> readModels) throws InterruptedException {
        if (beside.underWay().isPresent()) {
            return; // the read models that answer are those from before the rebuild: nothing to wait for
        }
        OptionalLong head = position(eventStore.createHeadToken());
        if (head.isEmpty()) {
            return;
        }
        long deadline = System.nanoTime() + limit.toNanos();
        List<String> behind = behind(head.getAsLong(), readModels);
        while (!behind.isEmpty()) {
            if (System.nanoTime() > deadline) {
                log.warn("Read models {} are still behind event {} after {}; answering with what they have",
                        behind, head.getAsLong(), limit);
                return;
            }
            Thread.sleep(5);
            behind = behind(head.getAsLong(), readModels);
        }
    }

    /** The read models that have not yet taken in an event they handle, up to {@code head}. */
    private List<String> behind(long head, Set<String> readModels) {
        Map<String, List<SegmentAt>> positions = committed.read();
        Map<SegmentAt, EventHandlerInvoker> segments = new HashMap<>();
        List<String> uninitialised = new ArrayList<>();
        for (EventProcessor processor : processing.eventProcessors().values()) {
            if (!(processor instanceof StreamingEventProcessor streaming)
                    || !(processor instanceof AbstractEventProcessor withHandlers)) {
                continue;
            }
            if (streaming.processingStatus().values().stream().anyMatch(ReadModels::stillRebuilding)) {
                continue; // a read model being rebuilt answers with what it has so far
            }
            List<SegmentAt> its = positions.getOrDefault(processor.getName(), List.of());
            if (its.isEmpty() && streaming.isRunning()) {
                uninitialised.add(processor.getName());
            }
            if (its.stream().anyMatch(SegmentAt::rebuilding)) {
                continue; // rebuilt by another query side
            }
            its.forEach(at -> segments.put(at, withHandlers.eventHandlerInvoker()));
        }
        List<String> behind = new ArrayList<>(uninitialised);
        // every read model's segments are followed, so that what was read stays remembered from query to query
        handled.behind(segments, head).stream().map(SegmentAt::processor).distinct().forEach(behind::add);
        return readModels == null ? behind : behind.stream().filter(readModels::contains).toList();
    }

    private static OptionalLong position(TrackingToken token) {
        return token == null ? OptionalLong.empty() : token.position();
    }
}
