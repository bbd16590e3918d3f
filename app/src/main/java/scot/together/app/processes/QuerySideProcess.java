package scot.together.app.processes;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The query side on its own: projections into the read-model tables and the query handlers,
 * connected to the others through Axon Server. Start with
 * {@code java -Dloader.main=scot.together.app.processes.QuerySideProcess -jar together.jar}.
 */
@SpringBootApplication(scanBasePackages = "scot.together.query")
public class QuerySideProcess {

    public static void main(String[] args) {
        Processes.disableUpdateCheck();
        new SpringApplicationBuilder(QuerySideProcess.class).profiles("query-side").run(args);
    }
}
