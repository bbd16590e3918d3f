package scot.together.command.child;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link PeopleOnRecord} from the look-ups of accounts (user_account_name) and children (child_on_record). */
@Component
public class PeopleInStore implements PeopleOnRecord {

    private final JdbcTemplate jdbc;

    public PeopleInStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean workerKnown(String username) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM command.user_account_name WHERE username = ?)", Boolean.class, username));
    }

    @Override
    public List<UUID> registeredAlike(String givenName, String familyName, LocalDate dateOfBirth) {
        return jdbc.queryForList("""
                SELECT child_id FROM command.child_on_record
                WHERE date_of_birth = ? AND lower(given_name) = lower(?) AND lower(family_name) = lower(?)
                ORDER BY child_id
                """, UUID.class, Date.valueOf(dateOfBirth), givenName.strip(), familyName.strip());
    }
}
