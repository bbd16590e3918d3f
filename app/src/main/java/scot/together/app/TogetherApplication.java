package scot.together.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import scot.together.app.processes.Processes;

/** Together in one process: command side, query side and web, by default on an embedded PostgreSQL. */
@SpringBootApplication(scanBasePackages = "scot.together")
public class TogetherApplication {

    public static void main(String[] args) {
        Processes.disableUpdateCheck();
        SpringApplication.run(TogetherApplication.class, args);
    }
}
