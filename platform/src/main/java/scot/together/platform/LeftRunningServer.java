package scot.together.platform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a crash leaves on the embedded PostgreSQL's folder, cleared before it starts again.
 * <ul>
 * <li>After {@code kill -9} of the service alone (as the out-of-memory killer would), its
 * PostgreSQL keeps running on its own and holds the folder: it is stopped cleanly, the way
 * {@code pg_ctl stop -m fast} does.
 * <li>After the database died too, {@code postmaster.pid} names a process that is gone, or
 * whose number the system has since given to another program, which PostgreSQL would take
 * for a server still running: the file is removed, and PostgreSQL recovers from its log.
 * </ul>
 * A process counts as the server on this folder only if it is a {@code postgres} program whose
 * command line names the folder; anything else is left alone. Nothing is touched while a
 * service that is alive holds the folder.
 */
final class LeftRunningServer {

    private static final Logger log = LoggerFactory.getLogger(LeftRunningServer.class);

    private LeftRunningServer() {
    }

    /** Fails, touching nothing, while a Together that is alive holds the folder. */
    static void clear(Path folder, Duration wait) throws IOException {
        Path pidFile = folder.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        // zonky's lock on the folder: held by a live service, released by the system when it dies
        try (FileChannel channel = FileChannel.open(folder.resolve("epg-lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw inUse(folder);
            }
            clear(folder, pidFile, wait);
        } catch (OverlappingFileLockException heldInThisProcess) {
            throw inUse(folder);
        }
    }

    private static IllegalStateException inUse(Path folder) {
        return new IllegalStateException("Another Together is running on " + folder + ": stop it first");
    }

    private static void clear(Path folder, Path pidFile, Duration wait) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        // the first line is the server's process id (negative for a single-user server)
        String pid = lines.isEmpty() ? "" : lines.get(0).strip().replaceFirst("^-", "");
        Optional<ProcessHandle> server = pid.matches("\\d{1,18}")
                ? ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive) : Optional.empty();
        if (server.isEmpty()) {
            log.warn("PostgreSQL stopped without clearing {}: removing it; PostgreSQL recovers from its log", pidFile);
            Files.deleteIfExists(pidFile);
            return;
        }
        ProcessHandle process = server.get();
        Optional<Boolean> ours = isServerOf(process, folder);
        if (ours.isEmpty()) {
            throw new IllegalStateException("Process " + process.pid() + " named in " + pidFile + " may be a PostgreSQL"
                    + " still running on the folder, but its command line cannot be read: stop it first");
        }
        if (!ours.get()) {
            log.warn("{} names process {}, which is not a PostgreSQL on this folder: removing the file",
                    pidFile, process.pid());
            Files.deleteIfExists(pidFile);
            return;
        }
        log.warn("The PostgreSQL on {} (process {}) was left running by a service that stopped without stopping it:"
                + " stopping it before starting again", folder, process.pid());
        stop(process, folder, wait);
    }

    /** Empty when it cannot be told: the process's program or command line cannot be read. */
    private static Optional<Boolean> isServerOf(ProcessHandle process, Path folder) {
        ProcessHandle.Info info = process.info();
        Optional<String> command = info.command();
        Optional<String[]> arguments = info.arguments();
        if (command.isEmpty()) {
            return Optional.empty();
        }
        String program = Path.of(command.get()).getFileName().toString();
        if (!program.equals("postgres") && !program.equals("postgres.exe")) {
            return Optional.of(false);
        }
        if (arguments.isEmpty()) {
            return Optional.empty();
        }
        // a server's own processes (its backends) rename themselves and name no folder: not the server
        return Optional.of(Arrays.stream(arguments.get()).anyMatch(argument -> sameFolder(argument, folder)));
    }

    private static boolean sameFolder(String argument, Path folder) {
        try {
            Path named = Path.of(argument);
            return named.isAbsolute() && Files.isDirectory(named) && Files.isSameFile(named, folder);
        } catch (RuntimeException | IOException notAFolder) {
            return false;
        }
    }

    /**
     * A fast shutdown, as {@code pg_ctl stop -m fast} asks for: sessions end, PostgreSQL writes a
     * checkpoint and stops. (Not pg_ctl itself: it refuses to run as root, which zonky works
     * round with a user namespace that a signal does not need.)
     */
    private static void stop(ProcessHandle server, Path folder, Duration wait) throws IOException {
        if (isWindows()) {
            server.destroy();
        } else {
            Process signal = new ProcessBuilder("kill", "-INT", Long.toString(server.pid()))
                    .redirectErrorStream(true).start();
            try {
                if (signal.waitFor() != 0) {
                    throw new IOException("kill -INT " + server.pid() + ": "
                            + new String(signal.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while stopping the PostgreSQL left running on " + folder, e);
            }
        }
        try {
            server.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The PostgreSQL left running on " + folder + " (process " + server.pid()
                    + ") did not stop within " + wait.toSeconds() + " s", e);
        }
        log.info("The PostgreSQL left running on {} has stopped", folder);
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }
}
