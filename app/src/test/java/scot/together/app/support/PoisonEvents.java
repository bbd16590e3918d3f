package scot.together.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Events no command can record, written straight into the event store, as a fault or an old release might have. */
public final class PoisonEvents {

    private PoisonEvents() {
    }

    /**
     * A home registered with U+0000 in its name, which PostgreSQL will not store in a text
     * column (commands refuse it): a copy of another home's event, for a new home. Its event id.
     */
    public static String homeNamedWithNul(RunningTogether together, String templateHome) {
        String home = UUID.randomUUID().toString();
        return EventRows.copyFirst(new JdbcTemplate(together.bean(DataSource.class)), templateHome, home, payload -> {
            payload.put("homeId", home);
            payload.put("name", "Nul\u0000Home");
            assertThat(payload.toString()).contains("Nul\\u0000Home");
        });
    }
}
