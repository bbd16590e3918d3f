package scot.together.api.accounts;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import scot.together.api.text.PlainText;

/** Opens an account with these roles and no password (set one with {@link SetPassword}). */
public record OpenUserAccount(@TargetAggregateIdentifier @PlainText String username, @PlainText String displayName,
                              Set<@PlainText String> roles) {
}
