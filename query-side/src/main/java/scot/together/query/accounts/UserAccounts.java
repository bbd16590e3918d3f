package scot.together.query.accounts;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.api.accounts.FindUserAccount;
import scot.together.api.accounts.UserAccountView;
import scot.together.events.accounts.UserAccountOpened;

/**
 * Who has an account and in which roles, for the web's sign-in. No password hash: the sign-in
 * asks the command side for that (its credentials table). The {@code password_hash} column
 * dates from when the hash was copied here; it is always left empty.
 */
@Component
@ProcessingGroup(UserAccounts.GROUP)
public class UserAccounts {

    public static final String GROUP = "accounts";

    private final JdbcTemplate jdbc;

    public UserAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(UserAccountOpened event) {
        jdbc.update("INSERT INTO user_account (username, display_name, roles, password_hash) VALUES (?, ?, ?, '')"
                        + " ON CONFLICT (username) DO NOTHING", event.username(),
                event.displayName() == null ? event.username() : event.displayName(),
                String.join(",", new TreeSet<>(event.roles())));
    }

    @QueryHandler
    public UserAccountView handle(FindUserAccount query) {
        List<UserAccountView> found = jdbc.query(
                "SELECT username, display_name, roles FROM user_account WHERE username = ?",
                (rs, row) -> new UserAccountView(rs.getString(1), rs.getString(2),
                        Set.of(rs.getString(3).split(","))), query.username());
        return found.isEmpty() ? null : found.get(0);
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE user_account");
    }
}
