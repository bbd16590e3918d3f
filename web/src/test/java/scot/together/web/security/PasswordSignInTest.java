package scot.together.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordSignInTest {

    /** An account hashed at bcrypt cost 4, as the demo accounts are. */
    static final String HASH = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("right");

    /** The password encoder, noting every hash it checks a password against. */
    static class Noting implements PasswordEncoder {
        final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        final List<String> checkedAgainst = new ArrayList<>();

        @Override
        public String encode(CharSequence raw) {
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checkedAgainst.add(encoded);
            return real.matches(raw, encoded);
        }
    }

    final UserDetailsService accounts = name -> {
        if (!name.equals("known")) {
            throw new UsernameNotFoundException("No such user");
        }
        return User.withUsername("known").password(HASH).roles("SOCIAL_WORKER").build();
    };
    final Noting passwords = new Noting();

    PasswordSignIn signIn(SignInAttempts.Limits limits) {
        return new PasswordSignIn(accounts, passwords, new SignInAttempts(limits));
    }

    static SignInAttempts.Limits generous() {
        return new SignInAttempts.Limits(new SignInAttempts.Limit(100, Duration.ofSeconds(1), 100, Duration.ofMinutes(1)),
                new SignInAttempts.Limit(100, Duration.ofSeconds(1), 100, Duration.ofMinutes(1)));
    }

    static Authentication attempt(String name, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
    }

    @Test
    void anUnknownNameStillHasItsPasswordCheckedAgainstAHashOfTheAccountsCost() {
        PasswordSignIn signIn = signIn(generous());
        assertThat(signIn.authenticate(attempt("known", "right")).isAuthenticated()).isTrue();
        passwords.checkedAgainst.clear();

        assertThatThrownBy(() -> signIn.authenticate(attempt("nobody", "right")))
                .isInstanceOf(BadCredentialsException.class);

        assertThat(passwords.checkedAgainst).hasSize(1);
        String dummy = passwords.checkedAgainst.get(0);
        assertThat(dummy).isNotEqualTo(HASH).startsWith(HASH.substring(0, "{bcrypt}$2a$04$".length()));
    }

    @Test
    void aKnownNameWithAWrongPasswordFailsAsAnUnknownNameDoes() {
        PasswordSignIn signIn = signIn(generous());
        assertThatThrownBy(() -> signIn.authenticate(attempt("known", "wrong")))
                .isInstanceOf(BadCredentialsException.class).hasMessage("Bad credentials");
        assertThatThrownBy(() -> signIn.authenticate(attempt("nobody", "wrong")))
                .isInstanceOf(BadCredentialsException.class).hasMessage("Bad credentials");
    }

    @Test
    void failuresSlowDownThenLockEvenTheRightPasswordUntilLifted() throws InterruptedException {
        PasswordSignIn signIn = signIn(new SignInAttempts.Limits(
                new SignInAttempts.Limit(2, Duration.ofMillis(300), 3, Duration.ofMinutes(10)),
                new SignInAttempts.Limit(100, Duration.ofSeconds(1), 100, Duration.ofMinutes(10))));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt("known", "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        // slowed: refused at once, the password not even checked, until one more try comes back
        passwords.checkedAgainst.clear();
        assertThatThrownBy(() -> signIn.authenticate(attempt("KNOWN", "right"))).isInstanceOf(SignInLocked.class)
                .satisfies(e -> assertThat(((SignInLocked) e).retryAfterSeconds()).isEqualTo(1));
        assertThat(passwords.checkedAgainst).isEmpty();
        Thread.sleep(400);
        assertThatThrownBy(() -> signIn.authenticate(attempt("known", "wrong")))
                .isInstanceOf(BadCredentialsException.class);
        // three failures in ten minutes: locked for the rest of them, even the right password
        Thread.sleep(400);
        assertThatThrownBy(() -> signIn.authenticate(attempt("known", "right"))).isInstanceOf(SignInLocked.class)
                .satisfies(e -> assertThat(((SignInLocked) e).retryAfterSeconds()).isGreaterThan(500));
    }

    @Test
    void anAddressThatFailsTooOftenIsLockedForEveryName() {
        SignInAttempts attempts = new SignInAttempts(new SignInAttempts.Limits(
                new SignInAttempts.Limit(100, Duration.ofSeconds(1), 100, Duration.ofMinutes(10)),
                new SignInAttempts.Limit(3, Duration.ofMinutes(1), 3, Duration.ofMinutes(10))));
        for (int i = 0; i < 3; i++) {
            attempts.failed("name" + i, "203.0.113.7");
        }
        assertThat(attempts.wait("known", "203.0.113.7")).isPresent();
        assertThat(attempts.wait("known", "198.51.100.1")).isEmpty();
        assertThat(attempts.current()).filteredOn(SignInAttempts.Lock::locked).extracting(SignInAttempts.Lock::key)
                .containsExactly("203.0.113.7");

        assertThat(attempts.lift(SignInAttempts.Kind.ADDRESS, "203.0.113.7")).isTrue();
        assertThat(attempts.wait("known", "203.0.113.7")).isEmpty();
        assertThat(attempts.lift(SignInAttempts.Kind.ADDRESS, "203.0.113.7")).isFalse();
    }
}
