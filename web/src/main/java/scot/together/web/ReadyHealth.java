package scot.together.web;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Health is UP only once start-up has finished (schemas migrated, demo users recorded), so
 * whoever waits for /actuator/health can sign in straight away.
 */
@Component("startup")
public class ReadyHealth implements HealthIndicator {

    private volatile boolean ready;

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        ready = true;
    }

    @Override
    public Health health() {
        return ready ? Health.up().build() : Health.down().withDetail("reason", "starting").build();
    }
}
