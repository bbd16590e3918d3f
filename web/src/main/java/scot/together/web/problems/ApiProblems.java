package scot.together.web.problems;

import jakarta.validation.ConstraintViolationException;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import scot.together.api.Refusal;
import scot.together.api.RefusalCode;

/**
 * Every error of the API as RFC 9457 problem details with a stable {@code code}, in plain
 * words; never a stack trace. A refused request has recorded nothing.
 */
@RestControllerAdvice(basePackages = "scot.together.web.api")
public class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> refused(CommandExecutionException e) {
        return e.getDetails().filter(Refusal.class::isInstance).map(Refusal.class::cast)
                .map(ApiProblems::refusal)
                .orElseGet(() -> failed(e));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrent(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT, RefusalCode.CONCURRENT_CHANGE,
                "Someone else changed this record at the same moment; look again and retry.");
    }

    @ExceptionHandler(CompletionException.class)
    ResponseEntity<ProblemDetail> completion(CompletionException e) {
        if (e.getCause() instanceof HandlerExecutionException handler && handler.getDetails().isPresent()
                && handler.getDetails().get() instanceof Refusal refusal) {
            return refusal(refusal);
        }
        return failed(e);
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, RefusalCode.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(InvalidRequest.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequest e) {
        return problem(HttpStatus.BAD_REQUEST, RefusalCode.VALIDATION, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, RefusalCode.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, RefusalCode.VALIDATION, RequestBodies.explain(e));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + " " + error.getDefaultMessage())
                .sorted().collect(Collectors.joining("; "));
        return problem(HttpStatus.BAD_REQUEST, RefusalCode.VALIDATION, detail.isEmpty() ? "The request is not valid." : detail + ".");
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e) {
        String detail = e.getAllErrors().stream().map(error -> error.getDefaultMessage())
                .collect(Collectors.joining("; "));
        return problem(HttpStatus.BAD_REQUEST, RefusalCode.VALIDATION, detail + ".");
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraint(ConstraintViolationException e) {
        return problem(HttpStatus.BAD_REQUEST, RefusalCode.VALIDATION, e.getMessage());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, RefusalCode.VALIDATION,
                "The query parameter '" + e.getParameterName() + "' is required.");
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
        return problem(HttpStatus.BAD_REQUEST, RefusalCode.VALIDATION, "The header '" + e.getHeaderName() + "' is required.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            return problem(HttpStatus.NOT_FOUND, RefusalCode.NOT_FOUND, "There is no such record: '" + e.getName()
                    + "' must be an id the service gave.");
        }
        return problem(HttpStatus.BAD_REQUEST, RefusalCode.VALIDATION, "'" + e.getName() + "' is not valid: "
                + RequestBodies.expected(e.getRequiredType()) + ".");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        return ProtocolProblems.of(e).orElseGet(() -> failed(e));
    }

    /** The refusal as a problem; with {@code field}, the request's field it is about, when the rule says. */
    private static ResponseEntity<ProblemDetail> refusal(Refusal refusal) {
        ResponseEntity<ProblemDetail> problem = problem(HttpStatus.valueOf(refusal.code().status()), refusal.code(),
                refusal.detail());
        if (refusal.field() != null && problem.getBody() != null) {
            problem.getBody().setProperty("field", refusal.field());
        }
        return problem;
    }

    private static ResponseEntity<ProblemDetail> failed(Exception e) {
        if (Unavailable.causedBy(e)) {
            log.warn("A part of Together is out of reach: {}", e.getClass().getName());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problem.of(HttpStatus.SERVICE_UNAVAILABLE, RefusalCode.UNAVAILABLE, "Together cannot reach a part of"
                            + " itself just now. Try again in a moment; if you were recording something, look first"
                            + " whether it was recorded, or send it again with the same Idempotency-Key."));
        }
        // the log names only the kind of failure: messages may carry a child's details
        log.error("Unexpected failure: {}", e.getClass().getName(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, RefusalCode.INTERNAL, "Something went wrong on our side; nothing was recorded.");
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, RefusalCode code, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problem.of(status, code, detail));
    }
}
