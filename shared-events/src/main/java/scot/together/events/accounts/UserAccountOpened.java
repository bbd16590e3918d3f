package scot.together.events.accounts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import scot.together.events.CareEvent;

/**
 * Someone has an account, with these roles. How they prove who they are (a password, or the
 * council's sign-in service) is not an event: a password's hash is kept by the command side
 * in a table that can be changed and erased.
 */
public record UserAccountOpened(String username, String displayName, Set<String> roles, LocalDate effectiveDate)
        implements CareEvent {
    @Override
    public List<UUID> children() {
        return List.of();
    }
}
