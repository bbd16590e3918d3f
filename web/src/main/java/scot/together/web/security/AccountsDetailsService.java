package scot.together.web.security;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import scot.together.api.accounts.FindPasswordCredential;
import scot.together.api.accounts.FindUserAccount;
import scot.together.api.accounts.PasswordCredential;
import scot.together.api.accounts.UserAccountView;

/**
 * Password sign-in through the query gateway: the account's roles from the read model, and its
 * password hash, asked for at each sign-in, from the command side that keeps the credentials
 * (never from a read model). An account without a password cannot sign in with one.
 */
@Component
public class AccountsDetailsService implements UserDetailsService {

    private final QueryGateway queries;

    public AccountsDetailsService(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (username == null || username.isBlank() || username.length() > 200) {
            throw new UsernameNotFoundException("No such user");
        }
        PasswordCredential credential = queries.query(new FindPasswordCredential(username),
                ResponseTypes.instanceOf(PasswordCredential.class)).join();
        if (credential == null) {
            throw new UsernameNotFoundException("No such user");
        }
        UserAccountView account = queries.query(new FindUserAccount(username),
                ResponseTypes.instanceOf(UserAccountView.class)).join();
        if (account == null) {
            throw new UsernameNotFoundException("No such user");
        }
        return User.withUsername(account.username())
                .password(credential.passwordHash())
                .roles(account.roles().toArray(String[]::new))
                .build();
    }
}
