package scot.together.web.problems;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import scot.together.api.RefusalCode;

/**
 * Requests that reach no controller at all (an unknown address, a method an address does not
 * take, an answer in a form no address gives): under /api they are answered as problems like
 * every other API error; elsewhere they are left to the pages' own error handling.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class AddressProblems {

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
            throws HttpRequestMethodNotSupportedException {
        onlyForTheApi(e, request);
        return ApiProblems.problem(HttpStatus.METHOD_NOT_ALLOWED, RefusalCode.METHOD_NOT_ALLOWED,
                "This address does not take " + e.getMethod() + ".");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request)
            throws HttpMediaTypeNotSupportedException {
        onlyForTheApi(e, request);
        return ProtocolProblems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request)
            throws HttpMediaTypeNotAcceptableException {
        onlyForTheApi(e, request);
        return ProtocolProblems.of(HttpStatus.NOT_ACCEPTABLE);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e, HttpServletRequest request)
            throws NoResourceFoundException {
        onlyForTheApi(e, request);
        return ApiProblems.problem(HttpStatus.NOT_FOUND, RefusalCode.NOT_FOUND, "There is nothing at this address.");
    }

    /** Rethrown, the exception goes on to Spring's own handling, as if this advice were not here. */
    private static <E extends Exception> void onlyForTheApi(E e, HttpServletRequest request) throws E {
        if (!ProtocolProblems.underApi(request.getContextPath(), request.getRequestURI())) {
            throw e;
        }
    }
}
