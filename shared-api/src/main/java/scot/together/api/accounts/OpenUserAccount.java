package scot.together.api.accounts;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens an account with these roles and no password (set one with {@link SetPassword}). */
public record OpenUserAccount(@TargetAggregateIdentifier String username, String displayName, Set<String> roles) {
}
