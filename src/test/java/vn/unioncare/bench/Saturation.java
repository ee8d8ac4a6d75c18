package vn.unioncare.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Throughput at saturation: client threads each drive whole cases one after the other; cases completed during a fixed
 * window after a warm-up are counted. When the window closes, every client finishes the case it is in and stops, so
 * that afterwards every case started has ended (what M7 counts rows over).
 */
final class Saturation {

    record Result(long casesInWindow, double windowSeconds, int casesStarted, long casesCompleted, int failures,
                  String firstFailure, double cpuMillisPerCase) {

        double casesPerSecond() {
            return casesInWindow / windowSeconds;
        }
    }

    private Saturation() {
    }

    /** Runs cases 1, 2, ... up to {@code maxCases} - 1 (case 0 is the caller's). */
    static Result run(HardshipCaseDriver driver, int clients, Duration warmUp, Duration window, int maxCases)
            throws InterruptedException {
        AtomicInteger nextCase = new AtomicInteger(1);
        AtomicLong completed = new AtomicLong();
        AtomicInteger failures = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread client = new Thread(() -> {
                while (!stop.get()) {
                    int index = nextCase.getAndIncrement();
                    if (index >= maxCases) {
                        return;
                    }
                    try {
                        driver.runCase(index);
                        completed.incrementAndGet();
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        firstFailure.compareAndSet(null, e.toString());
                    }
                }
            }, "m1-client-" + i);
            threads.add(client);
            client.start();
        }
        Thread.sleep(warmUp.toMillis());
        long before = completed.get();
        long start = System.nanoTime();
        long cpuBefore = processCpuNanos();
        Thread.sleep(window.toMillis());
        long inWindow = completed.get() - before;
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuMillisPerCase = (processCpuNanos() - cpuBefore) / 1e6 / inWindow;
        stop.set(true);
        for (Thread client : threads) {
            client.join(TimeUnit.MINUTES.toMillis(3));
        }
        if (nextCase.get() >= maxCases) {
            firstFailure.compareAndSet(null, "ran out of prepared cases (" + maxCases + ")");
            failures.incrementAndGet();
        }
        return new Result(inWindow, seconds, Math.min(nextCase.get(), maxCases) - 1, completed.get(), failures.get(),
                firstFailure.get(), cpuMillisPerCase);
    }

    /** CPU time of the whole JVM: on a machine short of cores, what a case costs in CPU decides the throughput. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
