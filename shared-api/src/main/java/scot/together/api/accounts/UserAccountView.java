package scot.together.api.accounts;

import java.util.Set;

/** Who someone is and the roles they hold; how they sign in is not part of it. */
public record UserAccountView(String username, String displayName, Set<String> roles) {
}
