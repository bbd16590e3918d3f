package scot.together.api.accounts;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Erases the account's password: it can then no longer sign in with one. */
public record ErasePassword(@TargetAggregateIdentifier String username) {
}
