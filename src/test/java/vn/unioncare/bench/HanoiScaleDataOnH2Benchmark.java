package vn.unioncare.bench;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.unioncare.SignedIn;
import vn.unioncare.security.OfficerRole;
import vn.unioncare.security.UserAccountService;
import vn.unioncare.tasks.Queue;
import vn.unioncare.tasks.TaskFilter;
import vn.unioncare.tasks.TaskQueues;
import vn.unioncare.tasks.TaskRow;
import vn.unioncare.tasks.domain.OpenTaskTable;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The data generator on an H2 file: the whole application with the demo data on a fresh H2 file (as M1 makes them),
 * then {@link HanoiScaleData} with the same code as on PostgreSQL, batched inserts in place of COPY. Checks that the
 * copies are real engine rows (Camunda's TaskQuery counts them, the open-task read model reconciles with the engine,
 * a grassroots chair's queue equals the TaskQuery and a generated task can be claimed) and reports the timings.
 * Runs in the smoke run, and at the run's size with {@code -Dbench.database=h2}.
 */
class HanoiScaleDataOnH2Benchmark {

    private static final BenchmarkReport REPORT = BenchmarkReport.shared();
    private static final String CHAIR = "bench.h2.chair";

    @Test
    void generatesHanoiScaleDataOnAnH2File() throws Exception {
        boolean requested = "h2".equals(System.getProperty("bench.database", "").toLowerCase(Locale.ROOT));
        assumeTrue(requested || REPORT.size().name().equals("smoke"), "H2 generation: -Dbench.database=h2");
        FreshDatabase database = FreshDatabase.h2("hanoi-scale-data");
        try (ConfigurableApplicationContext context = UnionCareThroughputContext.start(database, "h2data")) {
            HanoiScaleData.Generated data = HanoiScaleData.generate(context, REPORT.size());
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            TaskService taskService = context.getBean(TaskService.class);
            long tasks = taskService.createTaskQuery().count();
            assertThat(tasks).isGreaterThanOrEqualTo(REPORT.size().openTasks());
            assertThat(context.getBean(OpenTaskTable.class).reconcile()).as("every copied task is in the read model")
                    .isZero();
            assertChairSeesAndClaimsGeneratedTasks(context, data.largestGrassroots());
            REPORT.dataLog(List.of("", "H2 file (" + database.jdbcUrl().replaceAll(";.*", "") + "):"));
            REPORT.dataLog(data.log());
            REPORT.detail("data on the H2 file: %d members, %d units, %d open tasks (Camunda TaskQuery count), %d closed"
                    .formatted(jdbc.queryForObject("select count(*) from member", Long.class),
                            jdbc.queryForObject("select count(*) from org_unit", Long.class), tasks,
                            jdbc.queryForObject("select count(*) from case_file where status = 'CLOSED'", Long.class))
                    + " case files, %d engine and case rows copied, file %d MB".formatted(data.engineRows(),
                    database.h2FileSize() >> 20));
        } finally {
            database.deleteH2Files();
        }
    }

    @AfterAll
    static void writeReport() throws IOException {
        REPORT.writeDocument();
    }

    private static void assertChairSeesAndClaimsGeneratedTasks(ConfigurableApplicationContext context,
                                                             GeneratedUnion union) {
        UserAccountService accounts = context.getBean(UserAccountService.class);
        try (SignedIn ignored = SignedIn.as(accounts, "admin")) {
            BenchOfficers.create(accounts, CHAIR, "Chủ tịch công đoàn cơ sở (H2)", union.code(), false,
                    OfficerRole.CHAIR, OfficerRole.FINANCE);
        }
        TaskQueues queues = context.getBean(TaskQueues.class);
        TaskService taskService = context.getBean(TaskService.class);
        try (SignedIn signedIn = SignedIn.as(accounts, CHAIR)) {
            List<String> groups = signedIn.user().assignments().stream().map(a -> a.candidateGroup().id())
                    .distinct().toList();
            Page<TaskRow> first = queues.page(Queue.UNION, TaskFilter.none(), PageRequest.of(0, 50));
            assertThat(first.getTotalElements()).as("UnionCare and Camunda see the same tasks").isPositive()
                    .isEqualTo(taskService.createTaskQuery().taskCandidateGroupIn(groups)
                            .processVariableValueEquals("unionCode", union.code()).count());
            String generated = first.getContent().get(0).taskId();
            queues.claim(generated);
            assertThat(taskService.createTaskQuery().taskId(generated).singleResult().getAssignee()).isEqualTo(CHAIR);
        }
    }
}
