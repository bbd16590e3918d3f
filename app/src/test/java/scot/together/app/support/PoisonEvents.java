package scot.together.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Events no command can record, written straight into the event store, as a fault or an old release might have. */
public final class PoisonEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PoisonEvents() {
    }

    /**
     * A home registered with U+0000 in its name, which PostgreSQL will not store in a text
     * column (commands refuse it): a copy of another home's event, for a new home. Its event id.
     */
    public static String homeNamedWithNul(RunningTogether together, String templateHome) {
        JdbcTemplate jdbc = new JdbcTemplate(together.bean(DataSource.class));
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM events.domain_event_entry"
                + " WHERE aggregate_identifier = ? AND sequence_number = 0", templateHome);
        String event = UUID.randomUUID().toString();
        String home = UUID.randomUUID().toString();
        try {
            ObjectNode payload = (ObjectNode) JSON.readTree((byte[]) row.get("payload"));
            payload.put("homeId", home);
            payload.put("name", "Nul\u0000Home");
            assertThat(JSON.writeValueAsString(payload)).contains("Nul\\u0000Home");
            jdbc.update("INSERT INTO events.domain_event_entry (event_identifier, meta_data, payload,"
                            + " payload_revision, payload_type, time_stamp, aggregate_identifier, sequence_number, type)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)", event, row.get("meta_data"),
                    JSON.writeValueAsBytes(payload), row.get("payload_revision"), row.get("payload_type"),
                    row.get("time_stamp"), home, row.get("type"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return event;
    }
}
