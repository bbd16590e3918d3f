package scot.together.events.accounts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import scot.together.events.CareEvent;

/**
 * Someone may sign in, with these roles. Published before credentials left the events: kept
 * as it was, but read only as a {@link UserAccountOpened}, whose upcaster drops the hash
 * unread (scot.together.platform.UserAccountCreatedUpcaster). No new event carries a secret.
 */
public record UserAccountCreated(String username, String displayName, Set<String> roles, String passwordHash,
                                 LocalDate effectiveDate) implements CareEvent {
    @Override
    public List<UUID> children() {
        return List.of();
    }
}
