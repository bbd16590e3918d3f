package scot.together.api.accounts;

/** The account with this username (its roles), or {@code null}. */
public record FindUserAccount(String username) {
}
