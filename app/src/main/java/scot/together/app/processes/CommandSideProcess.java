package scot.together.app.processes;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

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
}
