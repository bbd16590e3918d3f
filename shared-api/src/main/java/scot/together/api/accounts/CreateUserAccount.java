package scot.together.api.accounts;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import scot.together.api.text.PlainText;

public record CreateUserAccount(@TargetAggregateIdentifier @PlainText String username, @PlainText String displayName,
                                Set<@PlainText String> roles, @PlainText String passwordHash) {
}
