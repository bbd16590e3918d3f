package scot.together.app.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;

/** Event rows written straight into the event store, as a fault, an old release or a slow transaction leaves them. */
public final class EventRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventRows() {
    }

    /**
     * Stores a copy of the first event of one record as the first event of another, its payload
     * changed as given (the other record's id, say); the copy's event id. Through {@code jdbc}'s
     * connection, so within its transaction if it has one.
     */
    public static String copyFirst(JdbcTemplate jdbc, String template, String aggregate, Consumer<ObjectNode> change) {
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM events.domain_event_entry"
                + " WHERE aggregate_identifier = ? AND sequence_number = 0", template);
        String event = UUID.randomUUID().toString();
        try {
            ObjectNode payload = (ObjectNode) JSON.readTree((byte[]) row.get("payload"));
            change.accept(payload);
            jdbc.update("INSERT INTO events.domain_event_entry (event_identifier, meta_data, payload,"
                            + " payload_revision, payload_type, time_stamp, aggregate_identifier, sequence_number, type)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)", event, row.get("meta_data"),
                    JSON.writeValueAsBytes(payload), row.get("payload_revision"), row.get("payload_type"),
                    row.get("time_stamp"), aggregate, row.get("type"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return event;
    }
}
