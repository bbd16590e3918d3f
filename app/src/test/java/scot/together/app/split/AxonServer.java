package scot.together.app.split;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The test build of Axon Server SE in {@code ../shared/axonserver/} (beside the repository),
 * started by its own {@code start} script on free loopback ports with a folder of its own.
 * Never copied into the repository; its licence allows it for tests only.
 */
final class AxonServer implements AutoCloseable {

    private final Path start;
    private final Path dataDir;
    private final int httpPort;
    private final int grpcPort;
    private ProcessHandle process;

    private AxonServer(Path start, Path dataDir, int httpPort, int grpcPort) {
        this.start = start;
        this.dataDir = dataDir;
        this.httpPort = httpPort;
        this.grpcPort = grpcPort;
    }

    /**
     * The {@code shared/axonserver/start} script beside the repository (for a worktree one level
     * further down, beside one of its parents), if there is one.
     */
    static Optional<Path> script() {
        Path repository = Path.of("").toAbsolutePath();
        if (Files.exists(repository.resolve("../pom.xml")) && !Files.exists(repository.resolve("mvnw"))) {
            repository = repository.getParent(); // run from the app module
        }
        for (Path folder = repository.getParent(); folder != null; folder = folder.getParent()) {
            Path script = folder.resolve("shared/axonserver/start");
            if (Files.isExecutable(script)) {
                return Optional.of(script.normalize());
            }
        }
        return Optional.empty();
    }

    static AxonServer start(Path script, Path dataDir) {
        AxonServer server = new AxonServer(script, dataDir, freePort(), freePort());
        server.start();
        return server;
    }

    /** Starts it (again, on the same folder and ports) and waits until it is healthy. */
    void start() {
        try {
            Process script = new ProcessBuilder("bash", start.toString(), dataDir.toString(),
                    String.valueOf(httpPort), String.valueOf(grpcPort))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String pid = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!script.waitFor(3, TimeUnit.MINUTES) || script.exitValue() != 0 || pid.isEmpty()) {
                throw new IllegalStateException("Axon Server did not start; see " + dataDir.resolve("console.log"));
            }
            process = ProcessHandle.of(Long.parseLong(pid)).orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What Together's processes are given as {@code AXONSERVER_SERVERS}. */
    String servers() {
        return "localhost:" + grpcPort;
    }

    int httpPort() {
        return httpPort;
    }

    /** Stops it (SIGTERM) and waits until it has gone. */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                process.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
