package scot.together.web.problems;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * A request Spring Security's firewall refuses before anything else (a method such as TRACE,
 * an address with {@code ;}, {@code //} or an encoded slash): under /api a 400 problem, written
 * here because the error page would meet the same firewall again; elsewhere Spring's usual 400.
 */
@Component
public class RejectedRequests implements RequestRejectedHandler {

    private final ProblemResponses problems;
    private final RequestRejectedHandler pages = new HttpStatusRequestRejectedHandler();

    public RejectedRequests(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException, ServletException {
        if (!ProtocolProblems.underApi(request.getContextPath(), request.getRequestURI())) {
            pages.handle(request, response, rejected);
            return;
        }
        problems.write(response, HttpStatus.BAD_REQUEST, ProtocolProblems.code(HttpStatus.BAD_REQUEST),
                ProtocolProblems.detail(HttpStatus.BAD_REQUEST));
    }
}
