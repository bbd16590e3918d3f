package scot.together.api.accounts;

/**
 * The password hash to check a sign-in against, answered by the command side, which owns the
 * credentials table (never by a read model); {@code null} when the account has no password.
 */
public record FindPasswordCredential(String username) {
}
