package scot.together.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import scot.together.api.RefusalCode;
import scot.together.web.problems.ProblemResponses;

/**
 * The API's answer when sign-in did not succeed: 401 when the name, password or token is
 * wrong; 429 with Retry-After while the name or address is locked; but 503 when the password
 * could not be checked at all (the accounts could not be asked, say while Axon Server is
 * unreachable), so nobody is told their password is wrong when it is Together that is
 * unavailable.
 */
final class SignInEntryPoint implements AuthenticationEntryPoint {

    private static final Logger log = LoggerFactory.getLogger(SignInEntryPoint.class);

    private final ProblemResponses problems;
    private final String unauthorized;

    /** @param unauthorized what a 401 says, in plain words */
    SignInEntryPoint(ProblemResponses problems, String unauthorized) {
        this.problems = problems;
        this.unauthorized = unauthorized;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof InternalAuthenticationServiceException) {
            // the kind of failure only: its message may name the user
            log.warn("Sign-in could not be checked: {}", e.getCause() == null ? e.getClass().getName()
                    : e.getCause().getClass().getName());
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, RefusalCode.UNAVAILABLE,
                    "Together cannot check sign-ins just now; nothing was recorded. Try again in a moment.");
        } else if (e instanceof SignInLocked locked) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(locked.retryAfterSeconds()));
            problems.write(response, HttpStatus.TOO_MANY_REQUESTS, RefusalCode.SIGN_IN_LOCKED, "Too many failed sign-ins with"
                    + " this user name or from this address: try again in " + locked.inWords() + ".");
        } else {
            problems.write(response, HttpStatus.UNAUTHORIZED, RefusalCode.UNAUTHORIZED, unauthorized);
        }
    }
}
