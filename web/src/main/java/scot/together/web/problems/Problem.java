package scot.together.web.problems;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem details with Together's stable machine-readable {@code code}. */
public final class Problem {

    private Problem() {
    }

    public static ProblemDetail of(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://together.scot/problems/" + code.toLowerCase().replace('_', '-')));
        problem.setTitle(title(code, status));
        problem.setProperty("code", code);
        return problem;
    }

    /** The status a refusal's code is answered with. */
    public static HttpStatus statusOf(String code) {
        return switch (code) {
            case "VALIDATION" -> HttpStatus.BAD_REQUEST;
            case "NOT_FOUND" -> HttpStatus.NOT_FOUND;
            case "FORBIDDEN" -> HttpStatus.FORBIDDEN;
            default -> HttpStatus.CONFLICT;
        };
    }

    private static String title(String code, HttpStatus status) {
        return switch (code) {
            case "VALIDATION" -> "The request is not valid";
            case "NOT_FOUND" -> "Not found";
            case "FORBIDDEN" -> "Not allowed for your role";
            case "UNAUTHORIZED" -> "Sign in first";
            default -> status == HttpStatus.CONFLICT ? "Refused by a rule of the service" : status.getReasonPhrase();
        };
    }
}
