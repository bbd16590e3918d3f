package scot.together.api.accounts;

import java.util.Set;

public record UserAccountView(String username, String displayName, Set<String> roles, String passwordHash) {
}
