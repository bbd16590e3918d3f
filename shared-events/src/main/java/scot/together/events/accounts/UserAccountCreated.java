package scot.together.events.accounts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import scot.together.events.CareEvent;

/** Someone may sign in, with these roles. The password is kept only as a one-way hash. */
public record UserAccountCreated(String username, String displayName, Set<String> roles, String passwordHash,
                                 LocalDate effectiveDate) implements CareEvent {
    @Override
    public List<UUID> children() {
        return List.of();
    }
}
