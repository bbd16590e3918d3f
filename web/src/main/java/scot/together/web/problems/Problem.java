package scot.together.web.problems;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import scot.together.api.RefusalCode;

/** RFC 9457 problem details with Together's stable machine-readable {@code code}. */
public final class Problem {

    private Problem() {
    }

    /** The problem for a refusal, answered with its code's own status. */
    public static ProblemDetail of(RefusalCode code, String detail) {
        return of(HttpStatus.valueOf(code.status()), code, detail);
    }

    public static ProblemDetail of(HttpStatus status, RefusalCode code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://together.scot/problems/" + code.name().toLowerCase().replace('_', '-')));
        problem.setTitle(title(code, status));
        problem.setProperty("code", code.name());
        return problem;
    }

    private static String title(RefusalCode code, HttpStatus status) {
        return switch (code) {
            case VALIDATION -> "The request is not valid";
            case NOT_FOUND -> "Not found";
            case FORBIDDEN -> "Not allowed for your role";
            case UNAUTHORIZED -> "Sign in first";
            default -> status == HttpStatus.CONFLICT ? "Refused by a rule of the service" : status.getReasonPhrase();
        };
    }
}
