package scot.together.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * How long one read takes: the first call (a service just started, nothing yet compiled by the
 * JVM), then the median and 95th percentile of {@code times} calls made after as many calls to
 * warm it up, as a service in use all day answers.
 */
record Latency(double firstMillis, double p50Millis, double p95Millis) {

    static Latency of(int times, Callable<?> read) throws Exception {
        double first = millis(read);
        for (int i = 0; i < times; i++) {
            read.call();
        }
        double[] millis = new double[times];
        for (int i = 0; i < times; i++) {
            millis[i] = millis(read);
        }
        Arrays.sort(millis);
        return new Latency(first, millis[times / 2], millis[(int) Math.ceil(times * 0.95) - 1]);
    }

    private static double millis(Callable<?> read) throws Exception {
        long start = System.nanoTime();
        read.call();
        return (System.nanoTime() - start) / 1e6;
    }

    String describe() {
        return String.format(Locale.ROOT, "p50 %7.1f ms, p95 %7.1f ms (first call %,.0f ms)", p50Millis, p95Millis,
                firstMillis);
    }
}
