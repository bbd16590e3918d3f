package scot.together.query.accounts;

import java.util.Locale;
import java.util.TreeSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import scot.together.events.accounts.PasswordErased;
import scot.together.events.accounts.PasswordSet;
import scot.together.events.accounts.UserAccountOpened;
import scot.together.query.history.Describes;

/** Plain words for accounts in the audit history. They name staff, never a child, and hold no secret. */
@Configuration
public class AccountDescriptions {

    @Bean
    Describes<UserAccountOpened> userAccountOpened() {
        return Describes.of(UserAccountOpened.class, (e, names) -> "Account opened for " + e.username() + ", as "
                + String.join(" and ", new TreeSet<>(e.roles())).toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    @Bean
    Describes<PasswordSet> passwordSet() {
        return Describes.of(PasswordSet.class, (e, names) -> "New password set for " + e.username());
    }

    @Bean
    Describes<PasswordErased> passwordErased() {
        return Describes.of(PasswordErased.class, (e, names) -> "Password erased for " + e.username()
                + ": they can no longer sign in with one");
    }
}
