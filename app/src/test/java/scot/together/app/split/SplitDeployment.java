package scot.together.app.split;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.springframework.util.FileSystemUtils;
import scot.together.app.support.Api;
import scot.together.app.support.Response;

/**
 * Together split as {@code deploy/README.md} runs it: Axon Server, one PostgreSQL, a command
 * side (with the demo users), two query sides and a web process, each its own JVM from
 * {@code app/target/together.jar}. Everything started is stopped by {@link #close()}, and by a
 * shutdown hook should the test JVM itself be stopped.
 */
final class SplitDeployment implements AutoCloseable {

    static final Path JAR = Path.of("target", "together.jar").toAbsolutePath();

    private final Path folder;
    private final Path logs;
    private AxonServer axonServer;
    private SharedDatabase database;
    private final List<TogetherProcess> processes = new CopyOnWriteArrayList<>();
    private final List<TogetherProcess> commandSides = new CopyOnWriteArrayList<>();
    private final List<TogetherProcess> querySides = new CopyOnWriteArrayList<>();
    private final AtomicInteger commandSideCount = new AtomicInteger();
    private final AtomicInteger querySideCount = new AtomicInteger();
    private final Thread onExit = new Thread(this::close, "split-deployment-stop");
    private TogetherProcess web;
    private int webPort;

    private SplitDeployment(Path script, String name) throws IOException {
        Runtime.getRuntime().addShutdownHook(onExit);
        folder = Files.createTempDirectory("together-split-");
        logs = Files.createDirectories(Path.of("target", "split-logs", name + "-" + System.currentTimeMillis()));
    }

    /** Starts the whole deployment; its processes' logs go to target/split-logs/NAME-.../. */
    static SplitDeployment start(Path script, String name) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run these tests with ./mvnw verify (after package)");
        }
        SplitDeployment deployment = null;
        try {
            deployment = new SplitDeployment(script, name);
            SplitDeployment started = deployment;
            started.axonServer = AxonServer.start(script, started.folder.resolve("axonserver"));
            started.database = SharedDatabase.start();
            // all at once, as a council's service manager starts them: each waits for the others by itself
            CompletableFuture.allOf(CompletableFuture.runAsync(started::addCommandSide),
                    CompletableFuture.runAsync(started::addQuerySide), CompletableFuture.runAsync(started::addQuerySide),
                    CompletableFuture.runAsync(started::startWeb)).join();
            started.awaitSignIn();
            return started;
        } catch (RuntimeException | IOException e) {
            if (deployment != null) {
                deployment.close();
            }
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }

    /** Another command side. */
    TogetherProcess addCommandSide() {
        // the first also records the demo users, as a council trying Together out would
        List<String> arguments = commandSideCount.get() == 0 ? List.of("--spring.profiles.active=demo") : List.of();
        return started("command-side-" + commandSideCount.incrementAndGet(), "CommandSideProcess", arguments,
                database.environment(), commandSides);
    }

    /** Another query side. */
    TogetherProcess addQuerySide() {
        return started("query-side-" + querySideCount.incrementAndGet(), "QuerySideProcess", List.of(),
                database.environment(), querySides);
    }

    private void startWeb() {
        webPort = AxonServer.freePort();
        web = started("web", "WebProcess", List.of("--server.port=" + webPort, "--server.address=127.0.0.1"),
                Map.of(), new ArrayList<>());
    }

    /** Starts the process, once it is listed to be stopped at the end whatever happens. */
    private TogetherProcess started(String name, String mainClass, List<String> arguments,
                                    Map<String, String> environment, List<TogetherProcess> ofItsKind) {
        Map<String, String> all = new HashMap<>(environment);
        all.put("AXONSERVER_SERVERS", axonServer.servers());
        TogetherProcess process = TogetherProcess.of(name, JAR, mainClass, arguments, all, logs);
        processes.add(process);
        process.start();
        ofItsKind.add(process);
        return process;
    }

    Api api() {
        return new Api(URI.create("http://127.0.0.1:" + webPort));
    }

    AxonServer axonServer() {
        return axonServer;
    }

    SharedDatabase database() {
        return database;
    }

    List<TogetherProcess> commandSides() {
        return commandSides;
    }

    List<TogetherProcess> querySides() {
        return querySides;
    }

    TogetherProcess web() {
        return web;
    }

    /** Waits until a demo user can sign in through the web and read: every side is connected. */
    void awaitSignIn() {
        awaitAnswer(Duration.ofMinutes(2), () -> api().as("social.worker").get("/api/exclusions"), 200);
    }

    /** Asks until the answer has that status; returns it. */
    static Response awaitAnswer(Duration limit, Supplier<Response> ask, int status) {
        long deadline = System.nanoTime() + limit.toNanos();
        Response last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = ask.get();
                if (last.status() == status) {
                    return last;
                }
            } catch (IllegalStateException e) {
                // the web process is not listening yet
            }
            TogetherProcess.sleep(250);
        }
        throw new AssertionError("No HTTP " + status + " within " + limit + "; last answer: "
                + (last == null ? "none" : last.status() + " " + last.body()));
    }

    /** Waits until the condition holds, failing with what it last was. */
    static void await(Duration limit, BooleanSupplier condition,
                      Supplier<Object> state) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not so within " + limit + ": " + state.get());
            }
            TogetherProcess.sleep(250);
        }
    }

    /** Every line of the query sides' logs that says a read model was waited for in vain. */
    List<String> freshnessWarnings() {
        return querySides.stream().flatMap(process -> process.log().lines())
                .filter(line -> line.contains("still behind")).toList();
    }

    @Override
    public void close() {
        for (TogetherProcess process : processes) {
            try {
                process.close();
            } catch (RuntimeException e) {
                process.kill();
            }
        }
        if (axonServer != null) {
            axonServer.close();
        }
        if (database != null) {
            database.close();
        }
        FileSystemUtils.deleteRecursively(folder.toFile());
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException e) {
            // already shutting down: this is the hook
        }
    }
}
