package scot.together.app.processes;

import java.time.Duration;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;

/**
 * Runs before the other start-up runners: waits until Axon Server has taken this process's
 * command and query handlers, so that a runner sending a command this very process handles
 * (the demo users, the administrator's password) is not answered "no handler" because its own
 * subscription had not yet reached Axon Server.
 */
final class AxonServerReady implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(AxonServerReady.class);
    private static final Duration LIMIT = Duration.ofMinutes(2);

    private final ObjectProvider<AxonServerConnectionManager> connectionManager;

    AxonServerReady(ObjectProvider<AxonServerConnectionManager> connectionManager) {
        this.connectionManager = connectionManager;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        AxonServerConnectionManager connections = connectionManager.getIfAvailable();
        if (connections == null) {
            return; // Axon Server switched off: Axon's local buses
        }
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!connections.getConnection().isReady()) {
            if (System.nanoTime() > deadline) {
                log.warn("Axon Server has not taken this process's handlers after {}; starting anyway", LIMIT);
                return;
            }
            Thread.sleep(100);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
