package scot.together.app;

import java.sql.Connection;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import scot.together.app.support.CouncilStory;
import scot.together.app.support.EventRows;
import scot.together.app.support.TogetherTest;
import scot.together.query.children.ChildrenProjection;

/**
 * In PostgreSQL two transactions can commit their events in the other order from their
 * positions: a read model then passes over the position of the one committed later (a gap in
 * its token) and takes that event in when it arrives. Whoever recorded it must still read it
 * straight after: the answer waits until the read model has filled the gap. (The corrected
 * histories, four recorded side by side, once read a child's history without the correction
 * just recorded.)
 */
class EventsCommittedOutOfOrderTest extends TogetherTest {

    @Test
    void anAnswerWaitsForTheReadModelToTakeInAnEventCommittedAfterALaterOne() throws Exception {
        CouncilStory story = new CouncilStory(api);
        String ada = story.child("Ada", "First", "2016-05-01");
        StreamingEventProcessor children = together.bean(EventProcessingConfiguration.class)
                .eventProcessor(ChildrenProjection.GROUP, StreamingEventProcessor.class).orElseThrow();
        String late = UUID.randomUUID().toString();
        try (Connection held = together.bean(DataSource.class).getConnection()) {
            held.setAutoCommit(false);
            // a copy of Ada's registration for another child: it takes its position now, commits later
            EventRows.copyFirst(new JdbcTemplate(new SingleConnectionDataSource(held, true)), ada, late, payload -> {
                payload.put("childId", late);
                payload.put("givenName", "Late");
                payload.put("pseudonym", "C-LATE" + late.substring(0, 4).toUpperCase());
            });

            String ben = story.child("Ben", "Second", "2016-06-01");
            // every read model has passed Ben's position, and over the one not yet committed
            api.as("social.worker").get("/api/children/" + ben).expect(200);
            children.shutDown(); // so the gap stays open until it is started again
            held.commit();
        }
        Thread restart = new Thread(() -> {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            children.start();
        });
        restart.start();
        try {
            api.as("social.worker").get("/api/children/" + late).expect(200);
        } finally {
            restart.join();
        }
    }
}
