package scot.together.command.accounts;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import scot.together.api.accounts.CreateUserAccount;
import scot.together.events.accounts.UserAccountCreated;

/** Someone who may sign in. The username is the identity, so it is unique by construction. */
@Aggregate
public class UserAccount {

    @AggregateIdentifier
    private String username;

    protected UserAccount() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public void handle(CreateUserAccount command, Clock clock) {
        apply(new UserAccountCreated(command.username(), command.displayName(), command.roles(),
                command.passwordHash(), LocalDate.now(clock)));
    }

    @EventSourcingHandler
    void on(UserAccountCreated event) {
        username = event.username();
    }
}
