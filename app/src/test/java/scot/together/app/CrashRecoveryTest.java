package scot.together.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import scot.together.app.support.Api;
import scot.together.app.support.Response;
import scot.together.platform.EmbeddedDatabase;

/**
 * A crash is survived unaided. The service runs as its own JVM, as {@code java -jar} runs it,
 * with social workers registering children from several threads; it is killed with
 * {@code kill -9} (as the out-of-memory killer would), leaving its PostgreSQL running, and
 * started again on the same folder; then killed again together with its PostgreSQL, and
 * started again. Each start must come up the first time, with every child whose registration
 * was answered 201 before the kill readable. A start beside a live service is refused.
 */
class CrashRecoveryTest {

    private static final Duration COMING_UP = Duration.ofMinutes(6);
    private static final int CLIENTS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 30;

    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger names = new AtomicInteger();

    @Test
    void aKilledServiceComesBackOnTheFirstTryWithEverythingItAcknowledged() throws Exception {
        Path root = Files.createTempDirectory("together-crash-");
        Path dataDir = root.resolve("data");
        List<Service> started = new ArrayList<>();
        try {
            Service first = Service.start(dataDir, root.resolve("first.log"));
            started.add(first);
            registerUnderLoadThen(first, () -> first.process.destroyForcibly());
            Optional<ProcessHandle> leftRunning = postmaster(dataDir);
            assertThat(leftRunning).as("the killed service's PostgreSQL, still running on its own").isPresent();

            Service second = Service.start(dataDir, root.resolve("second.log"));
            started.add(second);
            assertThat(leftRunning.get().isAlive()).as("the PostgreSQL left running was stopped").isFalse();
            everyAcknowledgedChildIsThere(second);

            ProcessHandle database = postmaster(dataDir).orElseThrow();
            registerUnderLoadThen(second, () -> {
                List<ProcessHandle> all = Stream.concat(Stream.of(second.process.toHandle(), database),
                        database.descendants()).toList();
                all.forEach(ProcessHandle::destroyForcibly);
                all.forEach(process -> process.onExit().join());
            });
            assertThat(database.isAlive()).isFalse();
            assertThat(dataDir.resolve("postgres/postmaster.pid")).as("left by the killed PostgreSQL").exists();

            Service third = Service.start(dataDir, root.resolve("third.log"));
            started.add(third);
            everyAcknowledgedChildIsThere(third);

            // a start on a folder that a live service holds is refused, and the live one goes on
            ProcessHandle live = postmaster(dataDir).orElseThrow();
            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir, Duration.ofSeconds(10)))
                    .hasMessageContaining("Another Together is running");
            assertThat(live.isAlive()).isTrue();
            everyAcknowledgedChildIsThere(third);
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(2 * ACKNOWLEDGED_BEFORE_KILL);

            third.process.destroy(); // a clean stop, which stops its PostgreSQL too
            assertThat(third.process.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(postmaster(dataDir)).isEmpty();
        } finally {
            for (Service service : started) {
                service.process.destroyForcibly();
            }
            postmaster(dataDir).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    /** Social workers register children until enough were answered 201; then the kill, while they still are. */
    private void registerUnderLoadThen(Service service, Runnable kill) throws InterruptedException {
        Api api = service.api();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        int before = acknowledged.size();
        for (int i = 0; i < CLIENTS; i++) {
            clients.submit(() -> {
                while (!stop.get()) {
                    String familyName = "Crash" + names.incrementAndGet();
                    try {
                        Response answer = api.as("social.worker").post("/api/children",
                                Map.of("givenName", "Kit", "familyName", familyName, "dateOfBirth", "2015-06-01"));
                        if (answer.status() == 201) {
                            acknowledged.put(answer.id(), familyName);
                        }
                    } catch (RuntimeException killed) {
                        // the service is gone: nothing was acknowledged for this one
                    }
                }
            });
        }
        Instant deadline = Instant.now().plus(COMING_UP);
        while (acknowledged.size() < before + ACKNOWLEDGED_BEFORE_KILL && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        kill.run();
        stop.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        assertThat(acknowledged.size()).isGreaterThanOrEqualTo(before + ACKNOWLEDGED_BEFORE_KILL);
    }

    private void everyAcknowledgedChildIsThere(Service service) throws InterruptedException {
        Api.Session worker = service.api().as("social.worker");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3)); // the read models catch up after a start
        for (Map.Entry<String, String> child : acknowledged.entrySet()) {
            Response record = worker.get("/api/children/" + child.getKey());
            while (record.status() == 404 && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
                record = worker.get("/api/children/" + child.getKey());
            }
            assertThat(record.status()).as("child " + child.getValue() + ", answered 201 before the kill")
                    .isEqualTo(200);
            assertThat(record.json().get("familyName").asText()).isEqualTo(child.getValue());
        }
    }

    /** The PostgreSQL running on the folder, if any, as its lock file names it. */
    private static Optional<ProcessHandle> postmaster(Path dataDir) {
        try {
            Path pidFile = dataDir.resolve("postgres/postmaster.pid");
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Together in a JVM of its own, started the way {@code java -jar together.jar} starts it. */
    private record Service(Process process, int port, Path log) {

        static Service start(Path dataDir, Path log) throws IOException, InterruptedException {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            String java = ProcessHandle.current().info().command().orElse("java");
            Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    TogetherApplication.class.getName(), "--spring.profiles.active=demo", "--server.port=" + port,
                    "--together.data-dir=" + dataDir, "--together.db.pool-size=6")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Service service = new Service(process, port, log);
            service.awaitUp();
            return service;
        }

        Api api() {
            return new Api(URI.create("http://localhost:" + port));
        }

        /** Up, the first time: a start that gives up fails the test, however a second one would go. */
        private void awaitUp() throws IOException, InterruptedException {
            Api.Session anyone = api().anonymous();
            Instant deadline = Instant.now().plus(COMING_UP);
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    fail("Together stopped while starting (exit " + process.exitValue() + "):\n" + tail());
                }
                try {
                    if (anyone.get("/actuator/health").status() == 200) {
                        return;
                    }
                } catch (RuntimeException notYet) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
            fail("Together did not come up within " + COMING_UP + ":\n" + tail());
        }

        private String tail() throws IOException {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        }
    }
}
