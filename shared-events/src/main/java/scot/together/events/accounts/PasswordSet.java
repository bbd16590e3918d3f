package scot.together.events.accounts;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import scot.together.events.CareEvent;

/**
 * The account was given a new password (who gave it is in the metadata). The password and
 * its hash are never in the event: the hash is kept in the command side's credentials table.
 */
public record PasswordSet(String username, LocalDate effectiveDate) implements CareEvent {
    @Override
    public List<UUID> children() {
        return List.of();
    }
}
