package scot.together.web.security;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/**
 * Sign-in refused without checking the password: the user name or the address has failed too
 * often lately (a {@link LockedException}, so no other provider is tried).
 */
public class SignInLocked extends LockedException {

    private final Duration retryAfter;

    public SignInLocked(Duration retryAfter) {
        super("Too many failed sign-ins");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds until a try is allowed again, at least one: the Retry-After header. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** The wait in words, for the sign-in page and the problem's detail. */
    public String inWords() {
        long seconds = retryAfterSeconds();
        return seconds < 120 ? seconds + " seconds" : (seconds + 59) / 60 + " minutes";
    }
}
