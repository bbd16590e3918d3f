package scot.together.events.accounts;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import scot.together.events.CareEvent;

/** The account's password was erased: it can no longer sign in with one (who erased it is in the metadata). */
public record PasswordErased(String username, LocalDate effectiveDate) implements CareEvent {
    @Override
    public List<UUID> children() {
        return List.of();
    }
}
