package vn.unioncare.bench;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import vn.unioncare.bench.bare.BareCamundaApplication;

import java.lang.management.ManagementFactory;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JVM CPU per hardship case with one client, for comparing a change to UnionCare's layer on a busy shared machine:
 * the saturation windows of M1 hold too few cases there for a steady figure, whereas CPU time per case of a long
 * serial run hardly depends on how many cores the JVM gets. Not part of the benchmark's report; run it alone with
 * {@code ./mvnw -o -B -Pbench verify -Dtest=M1CpuProbe [-Dm1.probe.cases=150] [-Dm1.probe.vendor=PostgreSQL]}
 * (it is no {@code *Benchmark}, so the full benchmark does not run it).
 */
class M1CpuProbe {

    private static final int WARM_UP = Integer.getInteger("m1.probe.warmUp", 40);
    private static final int CASES = Integer.getInteger("m1.probe.cases", 120);
    private static final String VENDOR = System.getProperty("m1.probe.vendor", FreshDatabase.H2);

    @Test
    void cpuPerCaseOfBothSides() throws Exception {
        String tag = VENDOR.equals(FreshDatabase.POSTGRES) ? "pg" : "h2";
        double bare;
        try (ConfigurableApplicationContext context = BareCamundaApplication.start("probe_bare_" + tag,
                FreshDatabase.of(VENDOR, "m1_probe_bare_" + tag).datasourceProperties())) {
            bare = cpuMillisPerCase(new BareCaseDriver(context.getBean(ProcessEngine.class)));
        }
        double ours;
        try (ConfigurableApplicationContext context = UnionCareThroughputContext.start(
                FreshDatabase.of(VENDOR, "m1_probe_unioncare_" + tag), "probe_unioncare_" + tag)) {
            ours = cpuMillisPerCase(new UnionCareCaseDriver(context,
                    UnionCareThroughputContext.prepare(context, WARM_UP + CASES + 1)));
        }
        System.out.println(String.format(Locale.ROOT,
                "M1 PROBE %s, one client, %d cases after %d: JVM CPU per case baseline %.0f ms, UnionCare %.0f ms (%.2f×)",
                VENDOR, CASES, WARM_UP, bare, ours, ours / bare));
        assertThat(ours).isPositive();
    }

    private static double cpuMillisPerCase(HardshipCaseDriver driver) throws Exception {
        for (int i = 0; i <= WARM_UP; i++) {
            driver.runCase(i);
        }
        long before = processCpuNanos();
        java.time.Instant start = java.time.Instant.now();
        for (int i = WARM_UP + 1; i <= WARM_UP + CASES; i++) {
            driver.runCase(i);
        }
        // the measured interval, for cutting a flight recording of the run to it
        System.out.println("M1 PROBE window " + driver.getClass().getSimpleName() + " " + start + " "
                + java.time.Instant.now());
        return (processCpuNanos() - before) / 1e6 / CASES;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
