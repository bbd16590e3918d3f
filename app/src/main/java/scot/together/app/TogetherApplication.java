package scot.together.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import scot.together.app.processes.Processes;

/**
 * Together in one process: command side, query side and web, by default on an embedded
 * PostgreSQL. It scans what the three separate processes scan, and not their own
 * configuration (scot.together.app.processes), which is for Axon Server only.
 */
@SpringBootApplication(scanBasePackages = {"scot.together.command", "scot.together.query", "scot.together.web"})
public class TogetherApplication {

    public static void main(String[] args) {
        Processes.disableUpdateCheck();
        SpringApplication.run(TogetherApplication.class, args);
    }
}
