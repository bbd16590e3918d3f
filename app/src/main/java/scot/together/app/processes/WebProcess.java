package scot.together.app.processes;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The web on its own: the HTTP API and the pages, with no database, speaking only to Axon's
 * command and query gateways through Axon Server. Start with
 * {@code java -Dloader.main=scot.together.app.processes.WebProcess -jar together.jar}.
 */
@SpringBootApplication(scanBasePackages = "scot.together.web")
public class WebProcess {

    public static void main(String[] args) {
        Processes.disableUpdateCheck();
        new SpringApplicationBuilder(WebProcess.class).profiles("web").run(args);
    }
}
