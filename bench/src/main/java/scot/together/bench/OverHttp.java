package scot.together.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service itself ({@code app/target/together.jar}, {@code -Xmx512m}, the demo profile's
 * users) started on the generated history, and asked as a client asks, through HTTP with
 * Basic sign-in: start-up time, reports and pages, and the latency of the two commonest
 * writes at half the most the service takes, then its peak memory.
 */
final class OverHttp {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final int CLIENTS = 8;
    private static final int REPEATS = 20;

    private final Path jar;
    private final Path dataDir;
    private final List<UUID> homes;
    private final List<List<UUID>> groups;
    private final TogetherBench.Report lines;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String base;

    OverHttp(Path jar, Path dataDir, List<UUID> homes, List<List<UUID>> groups, TogetherBench.Report lines) {
        this.jar = jar;
        this.dataDir = dataDir;
        this.homes = homes;
        this.groups = groups;
        this.lines = lines;
    }

    void run() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        base = "http://localhost:" + port;
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-app.log");
        long start = System.nanoTime();
        Process service = new ProcessBuilder("java", "-Xmx512m", "-jar", jar.toString(),
                "--together.data-dir=" + dataDir.toAbsolutePath(), "--spring.profiles.active=demo",
                "--server.port=" + port).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            awaitUp(service, log);
            lines.add(String.format(Locale.ROOT, "start-up of the service (-Xmx512m) on this history, until healthy:"
                    + " %.1f s (no replay)", (System.nanoTime() - start) / 1e9));
            timeReads();
            writes();
            lines.add("memory: the service ran all of the above with -Xmx512m; peak resident memory "
                    + peakMemory(service.pid()) + " (heap, PostgreSQL runs in its own processes)");
        } finally {
            service.destroy();
            if (!service.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    private void awaitUp(Process service, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException("The service stopped; see " + log);
            }
            try {
                if (get("/actuator/health", "admin").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The service did not start within 15 minutes; see " + log);
    }

    private void timeReads() throws Exception {
        UUID child = groups.get(groups.size() - 1).get(0);
        Map<String, String> reads = new LinkedHashMap<>();
        reads.put("togetherness at a date", "/api/reports/togetherness?asAt=2025-07-31");
        reads.put("moves over a year", "/api/reports/moves?from=2024-08-01&to=2025-07-31");
        reads.put("local care at a date", "/api/reports/local-care?asAt=2025-07-31");
        reads.put("togetherness trend, 60 months", "/api/reports/togetherness/trend?from=2020-08-01&to=2025-07-31"
                + "&step=month");
        reads.put("board's dashboard", "/api/board/dashboard?from=2024-08-01&to=2025-07-31");
        // the page itself signs in with a form and a session; these are what it shows, through the API
        reads.put("a child's record", "/api/children/" + child);
        reads.put("a child's history", "/api/children/" + child + "/history");
        for (Map.Entry<String, String> read : reads.entrySet()) {
            String user = read.getKey().startsWith("a child's") ? "social.worker" : "board.member";
            int[] status = new int[1];
            Latency latency = Latency.of(REPEATS, () -> status[0] = get(read.getValue(), user).statusCode());
            lines.add(String.format(Locale.ROOT, "http   GET %-31s (HTTP %d): %s", read.getKey(), status[0],
                    latency.describe()));
        }
    }

    /** POST /api/children and POST /api/children/{id}/placements: the most taken, then latency at half that. */
    private void writes() throws Exception {
        List<UUID> children = new ArrayList<>();
        for (int i = 0; i < CLIENTS * 4; i++) {
            UUID child = register();
            post("/api/children/" + child + "/episodes",
                    "{\"startDate\":\"2000-01-01\",\"category\":\"LOOKED_AFTER_AWAY_FROM_HOME\"}");
            children.add(child);
        }
        AtomicInteger[] moves = new AtomicInteger[children.size()];
        Arrays.setAll(moves, i -> new AtomicInteger());
        Load max = load(children, moves, 15, 0);
        lines.add(String.format(Locale.ROOT, "http   most taken, %d clients back to back: %.0f writes/s"
                + " (registrations and moves, one each in turn)", CLIENTS, max.perSecond()));
        Load half = load(children, moves, 30, max.perSecond() / 2);
        lines.add(String.format(Locale.ROOT, "http   at half that (%.0f writes/s): POST /api/children p50 %.1f ms,"
                + " p99 %.1f ms; POST /api/children/{id}/placements p50 %.1f ms, p99 %.1f ms (target p99 < 25 ms)",
                half.perSecond(), half.registrations(0.5), half.registrations(0.99), half.moves(0.5),
                half.moves(0.99)));
    }

    record Load(double perSecond, double[] registrationMillis, double[] moveMillis) {
        double registrations(double quantile) {
            return at(registrationMillis, quantile);
        }

        double moves(double quantile) {
            return at(moveMillis, quantile);
        }

        private static double at(double[] sorted, double quantile) {
            return sorted.length == 0 ? Double.NaN
                    : sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * quantile) - 1)];
        }
    }

    /** Clients in turn register a child and move one of theirs, back to back or paced to a total rate. */
    private Load load(List<UUID> children, AtomicInteger[] moves, int seconds, double rate) throws Exception {
        ConcurrentLinkedQueue<Double> registrations = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Double> moved = new ConcurrentLinkedQueue<>();
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        long interval = rate <= 0 ? 0 : (long) (CLIENTS * 1e9 / rate);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(pool.submit(() -> {
                    long next = start + client * interval / CLIENTS;
                    for (int n = 0; System.nanoTime() < end; n++) {
                        if (interval > 0) {
                            long wait = next - System.nanoTime();
                            if (wait > 0) {
                                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                            }
                            next += interval;
                        }
                        long sent = System.nanoTime();
                        if (n % 2 == 0) {
                            register();
                            registrations.add((System.nanoTime() - sent) / 1e6);
                        } else {
                            // each client moves only its own children: no two moves of one child race
                            int which = client + CLIENTS * ((n / 2) % (children.size() / CLIENTS));
                            int move = moves[which].getAndIncrement();
                            UUID home = homes.get(move % 2);
                            String ending = move == 0 ? "null" : "\"PLANNED\"";
                            int status = post("/api/children/" + children.get(which) + "/placements",
                                    "{\"homeId\":\"" + home + "\",\"startDate\":\"" + LocalDate.of(2000, 1, 2)
                                            .plusDays(move) + "\",\"previousHomeEnding\":" + ending + "}").statusCode();
                            if (status >= 300) {
                                throw new IllegalStateException("A move was answered " + status);
                            }
                            moved.add((System.nanoTime() - sent) / 1e6);
                        }
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
        } finally {
            pool.shutdown();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Load(done.get() / elapsed, sorted(registrations), sorted(moved));
    }

    private static double[] sorted(ConcurrentLinkedQueue<Double> millis) {
        double[] values = millis.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(values);
        return values;
    }

    private UUID register() throws Exception {
        HttpResponse<String> created = post("/api/children",
                "{\"givenName\":\"Bench\",\"familyName\":\"Client\",\"dateOfBirth\":\"1995-05-01\"}");
        Matcher id = ID.matcher(created.body());
        if (created.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("A registration was answered " + created.statusCode());
        }
        return UUID.fromString(id.group(1));
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic("social.worker"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(user)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static String peakMemory(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:")).map(line -> line.substring(6).trim()).findFirst()
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
