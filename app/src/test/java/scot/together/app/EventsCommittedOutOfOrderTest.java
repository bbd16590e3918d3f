package scot.together.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import scot.together.app.support.CouncilStory;
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

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anAnswerWaitsForTheReadModelToTakeInAnEventCommittedAfterALaterOne() throws Exception {
        CouncilStory story = new CouncilStory(api);
        String ada = story.child("Ada", "First", "2016-05-01");
        StreamingEventProcessor children = together.bean(EventProcessingConfiguration.class)
                .eventProcessor(ChildrenProjection.GROUP, StreamingEventProcessor.class).orElseThrow();
        String late = UUID.randomUUID().toString();
        try (Connection held = together.bean(DataSource.class).getConnection()) {
            held.setAutoCommit(false);
            storeRegistrationLike(held, ada, late); // takes its position now, commits later

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

    /** A copy of a child's registration, for another child, stored in the caller's open transaction. */
    private static void storeRegistrationLike(Connection connection, String template, String child) throws Exception {
        try (PreparedStatement copy = connection.prepareStatement("""
                INSERT INTO events.domain_event_entry (event_identifier, meta_data, payload, payload_revision,
                    payload_type, time_stamp, aggregate_identifier, sequence_number, type)
                SELECT ?, meta_data, ?, payload_revision, payload_type, time_stamp, ?, 0, type
                FROM events.domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0""")) {
            ObjectNode payload;
            try (PreparedStatement read = connection.prepareStatement("SELECT payload FROM events.domain_event_entry"
                    + " WHERE aggregate_identifier = ? AND sequence_number = 0")) {
                read.setString(1, template);
                var rows = read.executeQuery();
                rows.next();
                payload = (ObjectNode) JSON.readTree(rows.getBytes(1));
            }
            payload.put("childId", child);
            payload.put("givenName", "Late");
            payload.put("pseudonym", "C-LATE" + child.substring(0, 4).toUpperCase());
            copy.setString(1, UUID.randomUUID().toString());
            copy.setBytes(2, JSON.writeValueAsBytes(payload));
            copy.setString(3, child);
            copy.setString(4, template);
            copy.executeUpdate();
        }
    }
}
