package scot.together.query.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import scot.together.events.accounts.UserAccountCreated;
import scot.together.events.accounts.UserAccountOpened;

/**
 * Removes the password hashes that versions before the credentials table copied from
 * {@link UserAccountCreated} into the read models, leaving exactly what a rebuild through the
 * upcaster would write (a {@link UserAccountOpened} without them). Once done, the empty hash
 * column of {@code user_account} says so, and later starts find nothing to do.
 */
@Component
public class HashesCopiedBefore implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(HashesCopiedBefore.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public HashesCopiedBefore(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            int accounts = jdbc.update("UPDATE user_account SET password_hash = '' WHERE password_hash <> ''");
            if (accounts == 0) {
                return;
            }
            int logged = jdbc.update("""
                    UPDATE event_log SET event_type = ?, payload = payload - 'passwordHash'
                    WHERE event_type = ?""", UserAccountOpened.class.getName(), UserAccountCreated.class.getName());
            log.info("Removed the password hashes of {} account(s) and {} logged event(s) from the read models",
                    accounts, logged);
        });
    }
}
