package scot.together.api.accounts;

/** An account's password, as its encoded one-way hash, for checking a sign-in. */
public record PasswordCredential(String username, String passwordHash) {

    @Override
    public String toString() {
        return "PasswordCredential[username=" + username + "]";
    }
}
