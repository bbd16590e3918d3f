package scot.together.query.rebuild;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import scot.together.api.admin.ReadModelProgress;
import scot.together.api.admin.ReadModelStatus;
import scot.together.api.admin.RebuildReadModels;

/**
 * Rebuilds the read models from the events: each processor stops, forgets its position (its
 * reset handler empties its tables) and reads every event again from the first.
 */
@Component
public class ReadModels {

    private static final Logger log = LoggerFactory.getLogger(ReadModels.class);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    public ReadModels(@Lazy EventProcessingConfiguration processing, @Lazy EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    @CommandHandler
    public void handle(RebuildReadModels command) {
        for (StreamingEventProcessor processor : streaming()) {
            log.info("Rebuilding read model {}", processor.getName());
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        }
    }

    @QueryHandler
    public ReadModelStatus handle(ReadModelProgress query) {
        long newest = position(eventStore.createHeadToken());
        List<ReadModelStatus.ReadModel> models = streaming().stream().map(processor -> {
            long reached = processor.processingStatus().values().stream()
                    .map(EventTrackerStatus::getCurrentPosition)
                    .mapToLong(p -> p.orElse(0L)).min().orElse(0L);
            boolean rebuilding = processor.processingStatus().values().stream().anyMatch(ReadModels::stillRebuilding);
            double percent = newest == 0 ? 100.0 : Math.min(100.0, Math.round(reached * 1000.0 / newest) / 10.0);
            return new ReadModelStatus.ReadModel(processor.getName(), processor.isRunning(), rebuilding, reached,
                    percent);
        }).toList();
        return new ReadModelStatus(newest, models);
    }

    /**
     * Whether a segment is still reading events it had read before the rebuild. (Axon keeps
     * calling a segment "replaying" after it has caught up, until a newer event arrives.)
     */
    public static boolean stillRebuilding(EventTrackerStatus segment) {
        if (!segment.isReplaying()) {
            return false;
        }
        OptionalLong at = segment.getCurrentPosition();
        OptionalLong reset = segment.getResetPosition();
        return at.isEmpty() || reset.isEmpty() || at.getAsLong() < reset.getAsLong();
    }

    private List<StreamingEventProcessor> streaming() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .sorted(Comparator.comparing(StreamingEventProcessor::getName))
                .toList();
    }

    private static long position(TrackingToken token) {
        OptionalLong position = token == null ? OptionalLong.empty() : token.position();
        return position.orElse(0L);
    }
}
