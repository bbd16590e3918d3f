package scot.together.web.problems;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page, for what fails outside Spring MVC's handlers (the servlet container or a
 * filter refusing a request, e.g. an address with {@code ;} in it): under /api a problem with
 * the status's code; the pages keep Spring Boot's own error page.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ApiErrorPage extends BasicErrorController {

    private final ProblemResponses problems;

    public ApiErrorPage(ErrorAttributes errorAttributes, ServerProperties server,
                        ObjectProvider<ErrorViewResolver> errorViewResolvers, ProblemResponses problems) {
        super(errorAttributes, server.getError(), errorViewResolvers.orderedStream().toList());
        this.problems = problems;
    }

    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        return wasForTheApi(request) ? answered(request, response) : super.errorHtml(request, response);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        return wasForTheApi(request)
                ? answered(request, ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getResponse())
                : super.error(request);
    }

    private static boolean wasForTheApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && ProtocolProblems.underApi(request.getContextPath(), uri.toString());
    }

    /** Writes the problem itself (null tells Spring MVC the answer is complete). */
    private <T> T answered(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = HttpStatus.resolve(getStatus(request).value());
        if (status == null || !status.isError()) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        try {
            problems.write(response, status, ProtocolProblems.code(status), ProtocolProblems.detail(status));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }
}
