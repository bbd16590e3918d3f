package scot.together.api.accounts;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateUserAccount(@TargetAggregateIdentifier String username, String displayName, Set<String> roles,
                                String passwordHash) {
}
