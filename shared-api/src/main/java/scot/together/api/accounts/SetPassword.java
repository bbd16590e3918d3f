package scot.together.api.accounts;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Gives the account a new password, replacing any it had. Carries only the encoded hash
 * ({@code {bcrypt}…}), made where the password was typed; the command side keeps it in its
 * credentials table and records that it was set, never the hash.
 */
public record SetPassword(@TargetAggregateIdentifier String username, String passwordHash) {

    @Override
    public String toString() {
        return "SetPassword[username=" + username + "]";
    }
}
