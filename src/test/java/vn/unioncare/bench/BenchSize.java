package vn.unioncare.bench;

import java.util.Locale;

/**
 * How much data a run generates and how many samples it takes: {@code -Dbench.size=short} (the default, meant for
 * under ten minutes: the full union tree, a fifth of the members, a tenth of the open tasks), {@code full} (Hanoi
 * scale: 10,000 units, 1,000,000 members, 100,000 open tasks, 500,000 closed cases; about 17 minutes of generation
 * on two quiet cores, more than half of it recreating the history's indexes, and a 55 GB database),
 * {@code queues} (the officers' daily work at Hanoi scale — 1,000,000 members and 100,000 open tasks — with the short
 * size's small history: minutes of generation), or {@code smoke} (a tiny run that checks the benchmark itself, and
 * the generator on H2).
 */
record BenchSize(String name, int units, int uppers, int members, int openTasks, int closedCases, int samples) {

    static BenchSize fromSystemProperty() {
        String name = System.getProperty("bench.size", "short").toLowerCase(Locale.ROOT);
        return switch (name) {
            case "full" -> new BenchSize("full", 10_000, 130, 1_000_000, 100_000, 500_000, 300);
            case "queues" -> new BenchSize("queues", 10_000, 130, 1_000_000, 100_000, 2_000, 100);
            case "smoke" -> new BenchSize("smoke", 500, 10, 20_000, 2_000, 500, 20);
            case "short" -> new BenchSize("short", 10_000, 130, 200_000, 10_000, 2_000, 100);
            default -> throw new IllegalArgumentException("bench.size is short, queues, full or smoke, not " + name);
        };
    }
}
