package vn.unioncare.bench;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.SpringBootVersion;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Collects the result rows and notes of a run, prints the table and writes {@code docs/benchmarks.md}. One report is
 * shared by all benchmark classes of a run ({@link #shared()}); each class calls {@link #writeDocument()} when it ends,
 * so the file always holds every row measured so far, ordered by metric.
 */
final class BenchmarkReport {

    private static BenchmarkReport shared;

    static synchronized BenchmarkReport shared() {
        if (shared == null) {
            shared = new BenchmarkReport(BenchSize.fromSystemProperty());
        }
        return shared;
    }

    private final BenchSize size;
    private final List<ResultRow> rows = new ArrayList<>();
    private final List<String> details = new ArrayList<>();
    private final List<String> dataLog = new ArrayList<>();
    private String postgresVersion = "?";

    BenchSize size() {
        return size;
    }

    private BenchmarkReport(BenchSize size) {
        this.size = size;
    }

    synchronized void add(ResultRow row) {
        rows.add(row);
        System.out.printf("BENCH %s | %s | %s | %s | %s | %s%n", row.metric(), row.baseline(), row.unionCare(),
                row.ratio(), row.target(), row.verdict());
    }

    synchronized void detail(String line) {
        details.add(line);
        System.out.println("BENCH " + line);
    }

    void dataLog(List<String> lines) {
        dataLog.addAll(lines);
    }

    void postgresVersion(String version) {
        this.postgresVersion = version;
    }

    String table() {
        StringBuilder table = new StringBuilder("| metric | baseline | UnionCare | ratio | target | verdict |\n")
                .append("|---|---|---|---|---|---|\n");
        List<ResultRow> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing(ResultRow::metricNumber));
        for (ResultRow row : ordered) {
            table.append("| ").append(String.join(" | ", row.metric(), row.baseline(), row.unionCare(), row.ratio(),
                    row.target(), row.verdict())).append(" |\n");
        }
        return table.toString();
    }

    /** Writes {@code docs/benchmarks.md}: the text of {@code bench/benchmarks-intro.md}, then the results so far. */
    synchronized void writeDocument() throws IOException {
        String intro;
        try (var in = BenchmarkReport.class.getResourceAsStream("/bench/benchmarks-intro.md")) {
            intro = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        write(Path.of("docs", "benchmarks.md"), intro);
    }

    private void write(Path file, String explanation) throws IOException {
        System.out.println("BENCH results (" + size.name() + ")\n" + table());
        StringBuilder doc = new StringBuilder();
        doc.append(explanation.replace("{size}", size.name())).append("\n\n## Results of the last run\n\n")
                .append("Size `").append(size.name()).append("`: ").append(size.units()).append(" organisation units, ")
                .append(size.members()).append(" members, ").append(size.openTasks()).append(" open tasks, ")
                .append(size.closedCases()).append(" closed cases; ").append(size.samples())
                .append(" samples per latency.\n\n").append(table()).append("\n### Details\n\n");
        details.forEach(line -> doc.append("- ").append(line).append('\n'));
        doc.append("\n### Data generation\n\n```\n");
        dataLog.forEach(line -> doc.append(line).append('\n'));
        doc.append("```\n\n### Machine and versions\n\n").append(machine());
        Files.createDirectories(file.getParent());
        Files.writeString(file, doc.toString());
    }

    private String machine() {
        Runtime runtime = Runtime.getRuntime();
        return "- date: " + ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.RFC_1123_DATE_TIME)
                + "\n- CPU: " + cpuModel() + ", " + runtime.availableProcessors() + " cores visible to the JVM"
                + ", load average at the end " + "%.2f".formatted(ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage())
                + "\n- memory: " + memInfo() + "; JVM max heap " + runtime.maxMemory() / (1024 * 1024) + " MB"
                + "\n- disk: " + disk()
                + "\n- Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
                + ", Spring Boot " + SpringBootVersion.getVersion() + ", Camunda " + ProcessEngine.class.getPackage()
                .getImplementationVersion() + ", PostgreSQL " + postgresVersion + " (embedded, io.zonky; settings "
                + BenchmarkDatabase.SETTINGS + ")\n";
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 1)
                    .strip()).orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String memInfo() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
            return lines.filter(l -> l.startsWith("MemTotal")).findFirst().map(l -> l.replaceAll("\\s+", " "))
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String disk() {
        try {
            FileStore store = Files.getFileStore(Path.of(System.getProperty("java.io.tmpdir")));
            return store.type() + " " + store.name() + ", " + store.getTotalSpace() / (1L << 30) + " GB ("
                    + "database in " + System.getProperty("java.io.tmpdir") + ")";
        } catch (IOException e) {
            return "unknown";
        }
    }
}
