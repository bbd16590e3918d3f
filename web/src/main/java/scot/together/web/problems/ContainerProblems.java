package scot.together.web.problems;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * What Tomcat refuses before Together sees the request (an address it cannot decode, a method
 * it does not take): under /api a problem rather than Tomcat's HTML page. TRACE is let through
 * to the firewall of {@link RejectedRequests}. Runs after Spring
 * Boot's own customizer, so this report comes before Tomcat's plain one.
 */
@Component
public class ContainerProblems implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final ObjectMapper json;

    public ContainerProblems(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> context.getParent().getPipeline().addValve(new Report(json)));
        // Tomcat answers a TRACE itself with a bare 400 that no valve sees; let it through to Spring
        // Security's firewall, which refuses it as it refuses other methods (a problem under /api),
        // before any servlet could echo the request back
        factory.addConnectorCustomizers(connector -> connector.setAllowTrace(true));
    }

    @Override
    public int getOrder() {
        return 1;
    }

    private static final class Report extends ErrorReportValve {

        private final ObjectMapper json;

        Report(ObjectMapper json) {
            this.json = json;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            String uri = request.getRequestURI();
            // an address too long or too garbled to read is answered as the API would: no page sends one
            boolean unread = uri == null || uri.isEmpty();
            if (!(unread || ProtocolProblems.underApi(request.getContextPath() == null ? "" : request.getContextPath(), uri))
                    || response.getStatus() < 400 || response.getContentWritten() > 0) {
                return;
            }
            HttpStatus status = HttpStatus.resolve(response.getStatus());
            if (status == null) {
                status = response.getStatus() < 500 ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
            }
            if (!response.setErrorReported()) {
                return;
            }
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer == null) {
                    return;
                }
                writer.write(json.writeValueAsString(
                        Problem.of(status, ProtocolProblems.code(status), ProtocolProblems.detail(status))));
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // the connection has gone: there is no one left to answer
            }
        }
    }
}
