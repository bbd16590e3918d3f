package scot.together.app.split;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One of Together's processes as {@code deploy/README.md} starts it: {@code java
 * -Dloader.main=scot.together.app.processes.X -jar together.jar ...}, its output in a log file.
 */
final class TogetherProcess implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofMinutes(5);

    private final String name;
    private final String mainClass;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;

    private TogetherProcess(String name, String mainClass, List<String> command, Map<String, String> environment,
                            Path log) {
        this.name = name;
        this.mainClass = mainClass;
        this.command = command;
        this.environment = environment;
        this.log = log;
    }

    /** The process, not yet started: {@link #start()} starts it and waits until Spring says it has started. */
    static TogetherProcess of(String name, Path jar, String mainClass, List<String> arguments,
                              Map<String, String> environment, Path logs) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // small heaps and quick starts: five JVMs share two cores in CI
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dloader.main=scot.together.app.processes." + mainClass, "-jar", jar.toString()));
        command.addAll(arguments);
        return new TogetherProcess(name, mainClass, command, environment, logs.resolve(name + ".log"));
    }

    /** Starts (again) with the same command, appending to the same log, and waits until it has started. */
    void start() {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            long logged = Files.exists(log) ? Files.size(log) : 0;
            process = builder.start();
            awaitLogged("Started " + mainClass + " in", logged, START_LIMIT);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + name, e);
        }
    }

    /** Waits until the log, from that offset on, holds the text; fails if the process stops first. */
    void awaitLogged(String text, long from, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (logSince(from).contains(text)) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped (exit " + process.exitValue() + "):\n" + tail());
            }
            sleep(200);
        }
        throw new IllegalStateException(name + " did not log '" + text + "' within " + limit + ":\n" + tail());
    }

    String logSince(long offset) {
        try {
            byte[] all = Files.readAllBytes(log);
            return new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    String log() {
        return logSince(0);
    }

    long logSize() {
        try {
            return Files.size(log);
        } catch (IOException e) {
            return 0;
        }
    }

    String tail() {
        String all = log();
        return all.substring(Math.max(0, all.length() - 4000));
    }

    String name() {
        return name;
    }

    /** How Axon's token store names this process as the owner of a segment's claim ({@code pid@host}). */
    String tokenOwnerPrefix() {
        return process.pid() + "@";
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** kill -9: no shutdown hook runs, no segment is released, nothing is flushed. */
    void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitFor();
        }
    }

    /** A graceful stop (SIGTERM), as a council's service manager does. */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!waitFor()) {
                process.destroyForcibly();
                waitFor();
            }
        }
    }

    private boolean waitFor() {
        try {
            return process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
