package scot.together.command.accounts;

import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.api.accounts.FindPasswordCredential;
import scot.together.api.accounts.PasswordCredential;

/**
 * Accounts' password hashes, in {@code command.credential}: the only place they are kept. Unlike
 * an event, a row can be replaced and erased. Written by {@link UserAccount}'s commands in the
 * transaction that records their events; read by the web's sign-in through the query gateway.
 */
@Component
public class Credentials {

    private final JdbcTemplate jdbc;

    public Credentials(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void keep(String username, String passwordHash) {
        jdbc.update("""
                INSERT INTO command.credential (username, password_hash) VALUES (?, ?)
                ON CONFLICT (username) DO UPDATE SET password_hash = excluded.password_hash, set_at = now()""",
                username, passwordHash);
    }

    void erase(String username) {
        jdbc.update("DELETE FROM command.credential WHERE username = ?", username);
    }

    boolean held(String username) {
        return find(username) != null;
    }

    @QueryHandler
    public PasswordCredential handle(FindPasswordCredential query) {
        return find(query.username());
    }

    PasswordCredential find(String username) {
        List<PasswordCredential> found = jdbc.query(
                "SELECT username, password_hash FROM command.credential WHERE username = ?",
                (rs, row) -> new PasswordCredential(rs.getString(1), rs.getString(2)), username);
        return found.isEmpty() ? null : found.get(0);
    }
}
