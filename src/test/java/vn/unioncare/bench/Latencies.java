package vn.unioncare.bench;

import java.util.Arrays;

/** Wall-clock samples of one operation in milliseconds, with nearest-rank percentiles. */
final class Latencies {

    private final double[] millis;
    private int count;

    Latencies(int capacity) {
        this.millis = new double[capacity];
    }

    static Latencies measure(int warmUp, int samples, Runnable operation) {
        for (int i = 0; i < warmUp; i++) {
            operation.run();
        }
        Latencies latencies = new Latencies(samples);
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            operation.run();
            latencies.add((System.nanoTime() - start) / 1_000_000.0);
        }
        return latencies;
    }

    void add(double value) {
        millis[count++] = value;
    }

    /** Adds these samples to {@code other}. */
    void addAll(Latencies other) {
        for (int i = 0; i < count; i++) {
            other.add(millis[i]);
        }
    }

    double percentile(double p) {
        double[] sorted = Arrays.copyOf(millis, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))];
    }

    String summary() {
        return "p50 %.1f / p95 %.1f / p99 %.1f ms".formatted(percentile(50), percentile(95), percentile(99));
    }
}
