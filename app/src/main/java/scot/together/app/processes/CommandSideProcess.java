package scot.together.app.processes;

import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;

/**
 * The command side on its own: aggregates, command handlers and the look-ups the rules need,
 * connected to the others through Axon Server. Start with
 * {@code java -Dloader.main=scot.together.app.processes.CommandSideProcess -jar together.jar}.
 */
@SpringBootApplication(scanBasePackages = "scot.together.command")
public class CommandSideProcess {

    public static void main(String[] args) {
        Processes.disableUpdateCheck();
        new SpringApplicationBuilder(CommandSideProcess.class).profiles("command-side").run(args);
    }

    @Bean
    public ApplicationRunner axonServerReady(ObjectProvider<AxonServerConnectionManager> connections) {
        return new AxonServerReady(connections);
    }
}
