package scot.together.command.accounts;

import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.command.CommandSideConfiguration;
import scot.together.events.accounts.UserAccountOpened;
import scot.together.platform.ProjectionWrites;

/** The usernames in use, in step with the events (same transaction). */
@Component
@ProcessingGroup(CommandSideConfiguration.CONSISTENT_LOOKUPS)
public class UsernamesTaken {

    private final JdbcTemplate jdbc;
    private final ProjectionWrites writes;

    public UsernamesTaken(JdbcTemplate jdbc, ProjectionWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    @EventHandler
    void on(UserAccountOpened event) {
        writes.write("INSERT INTO command.user_account_name (username) VALUES (?) ON CONFLICT DO NOTHING",
                event.username());
    }

    @ResetHandler
    void reset() {
        writes.write("TRUNCATE command.user_account_name");
    }

    public List<String> all() {
        return jdbc.queryForList("SELECT username FROM command.user_account_name ORDER BY username", String.class);
    }
}
