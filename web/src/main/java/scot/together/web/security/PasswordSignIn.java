package scot.together.web.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.AbstractUserDetailsAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Sign-in with a user name and password, for HTTP Basic and the sign-in form alike.
 * <p>
 * A name or address that failed too often lately is refused before any check ({@link SignInAttempts}).
 * An unknown name takes as long as a known one: its password is still checked, against a
 * dummy hash of the same kind and cost as the accounts' own. (Spring's DaoAuthenticationProvider
 * checks against a hash of the encoder's default cost, 10, while accounts may be hashed at
 * another; with the demo accounts' cost of 4, an unknown name took 16 times as long.)
 */
public class PasswordSignIn extends AbstractUserDetailsAuthenticationProvider {

    private static final Pattern BCRYPT = Pattern.compile("^\\{bcrypt}\\$(2[aby])\\$(\\d\\d)\\$.*");

    private final UserDetailsService accounts;
    private final PasswordEncoder passwords;
    private final SignInAttempts attempts;
    /** The hash an unknown name's password is checked against; follows the cost of the last account seen. */
    private volatile String dummy;
    private volatile String dummyShape = "";

    public PasswordSignIn(UserDetailsService accounts, PasswordEncoder passwords, SignInAttempts attempts) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.attempts = attempts;
        this.dummy = passwords.encode(unguessable());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        Optional<java.time.Duration> wait = attempts.wait(name, address);
        if (wait.isPresent()) {
            throw new SignInLocked(wait.get());
        }
        try {
            return super.authenticate(authentication);
        } catch (BadCredentialsException e) {
            attempts.failed(name, address);
            throw e;
        }
    }

    @Override
    protected UserDetails retrieveUser(String username, UsernamePasswordAuthenticationToken authentication) {
        try {
            UserDetails user = accounts.loadUserByUsername(username);
            sameCostAs(user.getPassword());
            return user;
        } catch (UsernameNotFoundException e) {
            if (authentication.getCredentials() != null) {
                passwords.matches(authentication.getCredentials().toString(), dummy);
            }
            throw e;
        } catch (InternalAuthenticationServiceException e) {
            throw e;
        } catch (RuntimeException e) {
            // the accounts could not be asked (Axon Server unreachable, say): not a wrong password
            throw new InternalAuthenticationServiceException("The accounts could not be asked", e);
        }
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication) {
        if (authentication.getCredentials() == null
                || !passwords.matches(authentication.getCredentials().toString(), user.getPassword())) {
            throw new BadCredentialsException(messages.getMessage(
                    "AbstractUserDetailsAuthenticationProvider.badCredentials", "Bad credentials"));
        }
    }

    /** Makes the dummy hash a bcrypt hash of the account's version and cost, when it is not already. */
    private void sameCostAs(String hash) {
        Matcher bcrypt = hash == null ? null : BCRYPT.matcher(hash);
        if (bcrypt == null || !bcrypt.matches()) {
            return;
        }
        String shape = bcrypt.group(1) + "$" + bcrypt.group(2);
        if (!shape.equals(dummyShape)) {
            BCryptPasswordEncoder.BCryptVersion version = switch (bcrypt.group(1)) {
                case "2b" -> BCryptPasswordEncoder.BCryptVersion.$2B;
                case "2y" -> BCryptPasswordEncoder.BCryptVersion.$2Y;
                default -> BCryptPasswordEncoder.BCryptVersion.$2A;
            };
            dummy = "{bcrypt}" + new BCryptPasswordEncoder(version, Integer.parseInt(bcrypt.group(2))).encode(unguessable());
            dummyShape = shape;
        }
    }

    private static String unguessable() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }
}
