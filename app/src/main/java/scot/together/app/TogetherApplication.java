package scot.together.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Together in one process: command side, query side and web, by default on an embedded PostgreSQL. */
@SpringBootApplication(scanBasePackages = "scot.together")
public class TogetherApplication {

    public static void main(String[] args) {
        // Axon's start-up check for updates calls out to the internet, which a council's network may not allow
        System.setProperty("axoniq.update-check.disabled", System.getProperty("axoniq.update-check.disabled", "true"));
        SpringApplication.run(TogetherApplication.class, args);
    }
}
