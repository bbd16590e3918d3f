package scot.together.command.accounts;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import scot.together.api.accounts.ErasePassword;
import scot.together.api.accounts.OpenUserAccount;
import scot.together.api.accounts.SetPassword;
import scot.together.command.RuleViolation;
import scot.together.events.accounts.PasswordErased;
import scot.together.events.accounts.PasswordSet;
import scot.together.events.accounts.UserAccountOpened;

/**
 * Someone who may sign in. The username is the identity, so it is unique by construction. A
 * password's hash never goes into an event: it is kept in {@link Credentials}, written here in
 * the same transaction as the event saying it was set or erased. An account opened by the old
 * {@code UserAccountCreated} has no password (its upcaster drops the hash) until one is set.
 */
@Aggregate
public class UserAccount {

    static final int MAX_USERNAME = 200;

    @AggregateIdentifier
    private String username;
    private boolean hasPassword;

    protected UserAccount() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public void handle(OpenUserAccount command, Clock clock) {
        if (command.username() == null || command.username().isBlank() || command.username().length() > MAX_USERNAME
                || !command.username().equals(command.username().strip())) {
            throw RuleViolation.validation("username must be 1 to " + MAX_USERNAME
                    + " characters, without spaces at either end.");
        }
        if (command.roles() == null || command.roles().isEmpty()) {
            throw RuleViolation.validation("roles: an account needs at least one role.");
        }
        apply(new UserAccountOpened(command.username(), command.displayName(), command.roles(), LocalDate.now(clock)));
    }

    @CommandHandler
    public void handle(SetPassword command, Credentials credentials, Clock clock) {
        // the hash is encoded ({id}hash) where the password was typed: a bare password is refused, not kept
        if (command.passwordHash() == null || !command.passwordHash().matches("\\{[a-z0-9]+}\\S+")) {
            throw RuleViolation.validation("passwordHash must be an encoded one-way hash such as {bcrypt}…,"
                    + " never the password itself.");
        }
        credentials.keep(username, command.passwordHash());
        apply(new PasswordSet(username, LocalDate.now(clock)));
    }

    @CommandHandler
    public void handle(ErasePassword command, Credentials credentials, Clock clock) {
        if (!hasPassword) {
            return; // nothing to erase, nothing recorded
        }
        credentials.erase(username);
        apply(new PasswordErased(username, LocalDate.now(clock)));
    }

    @EventSourcingHandler
    void on(UserAccountOpened event) {
        username = event.username();
    }

    @EventSourcingHandler
    void on(PasswordSet event) {
        hasPassword = true;
    }

    @EventSourcingHandler
    void on(PasswordErased event) {
        hasPassword = false;
    }
}
