package scot.together.api.accounts;

public record FindUserAccount(String username) {
}
