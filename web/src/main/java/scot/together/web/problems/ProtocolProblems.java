package scot.together.web.problems;

import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingPathVariableException;
import scot.together.api.RefusalCode;

/**
 * Refusals of HTTP itself (an address, method, media type or size Together does not take), one
 * stable code and one plain sentence per status, wherever they are noticed: in Spring MVC
 * (its {@link ErrorResponse} exceptions), on the error page or in Tomcat.
 */
public final class ProtocolProblems {

    /** The largest request body under /api. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    private ProtocolProblems() {
    }

    /** Whether the address (as sent, after the context path) is the API's: /api or below it. */
    static boolean underApi(String contextPath, String uri) {
        String api = contextPath + "/api";
        return uri != null && (uri.equals(api) || uri.startsWith(api + "/"));
    }

    /** Spring MVC's own refusal of a request, as a problem; empty when it is a fault on our side. */
    static Optional<ResponseEntity<ProblemDetail>> of(Exception e) {
        if (e instanceof MissingPathVariableException missing && missing.isMissingAfterConversion()) {
            // a blank id such as /api/children/%20/episodes: nothing can be at that address
            return Optional.of(ApiProblems.problem(HttpStatus.NOT_FOUND, RefusalCode.NOT_FOUND, "There is no such record: '"
                    + missing.getVariableName() + "' must be an id the service gave."));
        }
        if (e instanceof RequestRejectedException) {
            // the firewall checks a header's value only when it is read: by then the request is in Spring MVC
            return Optional.of(ApiProblems.problem(HttpStatus.BAD_REQUEST, RefusalCode.VALIDATION,
                    "A header holds characters HTTP does not allow: send header values in ASCII."));
        }
        if (e instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
            return Optional.of(of(response.getStatusCode()));
        }
        return Optional.empty();
    }

    static ResponseEntity<ProblemDetail> of(HttpStatusCode code) {
        HttpStatus status = HttpStatus.resolve(code.value());
        if (status == null) {
            status = code.is4xxClientError() ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return ApiProblems.problem(status, code(status), detail(status));
    }

    static RefusalCode code(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> RefusalCode.VALIDATION;
            case UNAUTHORIZED -> RefusalCode.UNAUTHORIZED;
            case FORBIDDEN -> RefusalCode.FORBIDDEN;
            case NOT_FOUND -> RefusalCode.NOT_FOUND;
            case METHOD_NOT_ALLOWED -> RefusalCode.METHOD_NOT_ALLOWED;
            case NOT_ACCEPTABLE -> RefusalCode.NOT_ACCEPTABLE;
            case PAYLOAD_TOO_LARGE -> RefusalCode.CONTENT_TOO_LARGE;
            case UNSUPPORTED_MEDIA_TYPE -> RefusalCode.UNSUPPORTED_MEDIA_TYPE;
            default -> status.is4xxClientError() ? RefusalCode.REQUEST_REFUSED : RefusalCode.INTERNAL;
        };
    }

    static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request could not be read: check its address, query and body.";
            case UNAUTHORIZED -> "Sign in to use Together.";
            case FORBIDDEN -> "Your role does not allow this.";
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not take this method.";
            case NOT_ACCEPTABLE ->
                    "Together answers in JSON (CSV with format=csv): ask for application/json or text/csv.";
            case PAYLOAD_TOO_LARGE -> "The request body is too large: at most 1 MB.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send JSON (Content-Type: application/json).";
            case URI_TOO_LONG -> "The address is too long.";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "The request's headers are too large.";
            default -> status.is4xxClientError() ? "The request was refused: " + status.getReasonPhrase() + "."
                    : "Something went wrong on our side; nothing was recorded.";
        };
    }
}
