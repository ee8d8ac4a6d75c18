package vn.unioncare.bench;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.unioncare.bench.bare.BareCamundaApplication;

import javax.sql.DataSource;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * M1 (completed hardship cases per second at saturation) and M7 (history rows per closed case), UnionCare against
 * the same BPMN and DMN run by a bare Camunda engine ({@link BareCamundaApplication}), on an H2 file and on
 * PostgreSQL. Each side of each run gets a fresh database and a context of its own, closed afterwards; the
 * machine's single-row commit rate is calibrated on a fresh database of the same kind in the same run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HardshipThroughputBenchmark {

    private static final BenchmarkReport REPORT = BenchmarkReport.shared();
    private static final int CLIENTS = 8;
    /** UnionCare's own history of a case: its audit trail. Other application rows are shown, not counted. */
    private static final String AUDIT = "AUDIT_EVENT";
    private static final Set<String> SHOWN_TABLES = Set.of(AUDIT, "ACT_GE_BYTEARRAY", "CASE_FILE", "HARDSHIP_REQUEST",
            "FUND_POSTING", "STORED_DOCUMENT", "NOTIFICATION", "MAIL_OUTBOX");

    private record Timing(Duration warmUp, Duration window, Duration calibration, int maxCases) {

        static Timing of(BenchSize size) {
            return switch (size.name()) {
                case "smoke" -> new Timing(Duration.ofSeconds(5), Duration.ofSeconds(8), Duration.ofSeconds(1), 500);
                case "full" -> new Timing(Duration.ofSeconds(30), Duration.ofSeconds(120), Duration.ofSeconds(5),
                        20_000);
                default -> new Timing(Duration.ofSeconds(5), Duration.ofSeconds(12), Duration.ofSeconds(2), 2_000);
            };
        }
    }

    /** One side of one run: its throughput and the rows it wrote, over all cases it started (all closed). */
    private record Side(Saturation.Result result, Map<String, Long> written, long paidCases,
                        Map<String, Long> variableWrites, PostgresActivity.Delta postgres) {

        double historyPerCase(boolean withAudit) {
            long rows = HistoryRows.engineHistory(written) + (withAudit ? written.getOrDefault(AUDIT, 0L) : 0);
            return (double) rows / result.casesCompleted();
        }
    }

    private static final Timing TIMING = Timing.of(REPORT.size());

    @Test
    @Order(1)
    void onAnH2File() throws Exception {
        measure(FreshDatabase.H2);
    }

    @Test
    @Order(2)
    void onPostgres() throws Exception {
        measure(FreshDatabase.POSTGRES);
    }

    @AfterAll
    static void writeReport() throws IOException {
        REPORT.writeDocument();
    }

    private void measure(String vendor) throws Exception {
        String tag = vendor.equals(FreshDatabase.POSTGRES) ? "pg" : "h2";
        double commitsPerSecond = CommitRate.commitsPerSecond(FreshDatabase.of(vendor, "m1_commit_rate_" + tag),
                TIMING.calibration());
        Side baseline = run(FreshDatabase.of(vendor, "m1_bare_" + tag),
                db -> BareCamundaApplication.start("bench_m1_bare_" + tag, db.datasourceProperties()),
                context -> new BareCaseDriver(context.getBean(ProcessEngine.class)));
        Side unionCare = run(FreshDatabase.of(vendor, "m1_unioncare_" + tag),
                db -> UnionCareThroughputContext.start(db, "bench_m1_unioncare_" + tag),
                context -> new UnionCareCaseDriver(context,
                        UnionCareThroughputContext.prepare(context, TIMING.maxCases())));
        report(vendor, commitsPerSecond, baseline, unionCare);
        for (Side side : new Side[]{baseline, unionCare}) {
            assertThat(side.result().failures()).as(side.result().firstFailure()).isZero();
            assertThat(side.paidCases()).as("every case took the path start → review → approve → pay")
                    .isEqualTo(side.result().casesCompleted());
        }
    }

    private Side run(FreshDatabase database, Function<FreshDatabase, ConfigurableApplicationContext> start,
                     Function<ConfigurableApplicationContext, HardshipCaseDriver> driver) throws Exception {
        try (ConfigurableApplicationContext context = start.apply(database)) {
            DataSource dataSource = context.getBean(DataSource.class);
            HistoryService history = context.getBean(ProcessEngine.class).getHistoryService();
            HardshipCaseDriver cases = driver.apply(context);
            // one case alone first: the engine's and the application's first-use costs (DMN/FEEL engine, the
            // year's case and document counters, the one rendered PDF) stay out of the run
            cases.runCase(0);
            Map<String, Long> before = HistoryRows.snapshot(dataSource, SHOWN_TABLES);
            long paidBefore = paidCases(history);
            PostgresActivity activity = database.isPostgres() ? PostgresActivity.start(dataSource) : null;
            Saturation.Result result = Saturation.run(cases, CLIENTS, TIMING.warmUp(), TIMING.window(),
                    TIMING.maxCases());
            return new Side(result, HistoryRows.written(before, HistoryRows.snapshot(dataSource, SHOWN_TABLES)),
                    paidCases(history) - paidBefore, variableWrites(history),
                    activity == null ? null : activity.since());
        }
    }

    private static long paidCases(HistoryService history) {
        return history.createHistoricActivityInstanceQuery().activityId("EndEvent_Paid").finished().count();
    }

    /** How often each variable of the last closed case was written (ACT_HI_DETAIL rows by variable). */
    private static Map<String, Long> variableWrites(HistoryService history) {
        HistoricProcessInstance last = history.createHistoricProcessInstanceQuery().finished()
                .orderByProcessInstanceEndTime().desc().listPage(0, 1).get(0);
        return history.createHistoricDetailQuery().processInstanceId(last.getId()).variableUpdates().list().stream()
                .collect(Collectors.groupingBy(d -> ((HistoricVariableUpdate) d).getVariableName(), TreeMap::new,
                        Collectors.counting()));
    }

    /** Variables UnionCare writes and the baseline does not, or more often: "caseNumber 1/0, ...". */
    private static String extraVariableWrites(Side baseline, Side unionCare) {
        return unionCare.variableWrites().entrySet().stream()
                .filter(e -> e.getValue() > baseline.variableWrites().getOrDefault(e.getKey(), 0L))
                .map(e -> e.getKey() + " " + e.getValue() + "/" + baseline.variableWrites().getOrDefault(e.getKey(), 0L))
                .collect(Collectors.joining(", "));
    }

    private static void report(String vendor, double commitsPerSecond, Side baseline, Side unionCare) {
        double base = baseline.result().casesPerSecond();
        double ours = unionCare.result().casesPerSecond();
        REPORT.add(new ResultRow("M1 completed hardship cases per second, " + vendor + " (" + CLIENTS
                + " clients, history full, no PDF)", throughput(base, commitsPerSecond),
                throughput(ours, commitsPerSecond), "%.2f×".formatted(ours / base), "≥ 0.8× baseline",
                ours >= 0.8 * base ? "met" : "MISSED"));
        REPORT.detail("M1 %s: single-row commit rate %.0f commits/s (plain JDBC, one thread); baseline %s; UnionCare %s"
                .formatted(vendor, commitsPerSecond, cases(baseline), cases(unionCare)));
        if (baseline.postgres() != null) {
            REPORT.detail("M1 %s per case (all transactions of the database, read-only ones included, and the WAL "
                    .formatted(vendor) + "written): baseline " + baseline.postgres().perCase(
                    baseline.result().casesCompleted()) + "; UnionCare " + unionCare.postgres().perCase(
                    unionCare.result().casesCompleted()));
        }
        double baseRows = baseline.historyPerCase(false);
        double ourRows = unionCare.historyPerCase(true);
        REPORT.add(new ResultRow("M7 history rows per closed hardship case, " + vendor,
                "%.1f (ACT_HI_*)".formatted(baseRows), "%.1f (ACT_HI_* %.1f + audit_event %.1f)".formatted(ourRows,
                unionCare.historyPerCase(false), (double) unionCare.written().getOrDefault(AUDIT, 0L)
                        / unionCare.result().casesCompleted()), "%.2f×".formatted(ourRows / baseRows),
                "≤ 1.1× baseline", ourRows <= 1.1 * baseRows ? "met" : "MISSED"));
        REPORT.detail("M7 %s, rows per case, baseline: %s".formatted(vendor,
                HistoryRows.perCase(baseline.written(), baseline.result().casesCompleted())));
        REPORT.detail("M7 %s, rows per case, UnionCare: %s".formatted(vendor,
                HistoryRows.perCase(unionCare.written(), unionCare.result().casesCompleted())));
        REPORT.detail("M7 %s, variables written by UnionCare and not by the baseline, or more often (writes per case, "
                .formatted(vendor) + "UnionCare/baseline): " + extraVariableWrites(baseline, unionCare));
    }

    private static String throughput(double casesPerSecond, double commitsPerSecond) {
        return String.format(Locale.ROOT, "%.1f cases/s (%.2g of the commit rate)", casesPerSecond,
                casesPerSecond / commitsPerSecond);
    }

    private static String cases(Side side) {
        Saturation.Result r = side.result();
        return "%d cases in %.1f s (JVM CPU %.0f ms per case), %d in all%s".formatted(r.casesInWindow(),
                r.windowSeconds(), r.cpuMillisPerCase(), r.casesCompleted(),
                r.failures() == 0 ? "" : ", " + r.failures() + " failed (" + r.firstFailure() + ")");
    }
}
