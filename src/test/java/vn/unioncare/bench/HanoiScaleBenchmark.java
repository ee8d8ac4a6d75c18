package vn.unioncare.bench;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.unioncare.DemoUnits;
import vn.unioncare.SignedIn;
import vn.unioncare.casework.CaseFiles;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.common.CappedCount;
import vn.unioncare.hardship.HardshipSteps;
import vn.unioncare.member.MemberSearch;
import vn.unioncare.member.MemberService;
import vn.unioncare.security.OfficerRole;
import vn.unioncare.security.PersonalDataCipher;
import vn.unioncare.security.RoleAssignmentView;
import vn.unioncare.security.UserAccountService;
import vn.unioncare.tasks.Queue;
import vn.unioncare.tasks.TaskFilter;
import vn.unioncare.tasks.TaskForms;
import vn.unioncare.tasks.TaskQueues;
import vn.unioncare.tasks.TaskRow;
import vn.unioncare.tasks.domain.OpenTaskTable;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The benchmark of issue 10 on PostgreSQL at Hanoi scale: generates the data, then measures M2 (queues), M3 (member
 * search) and M4 (statements and commits per action) and writes docs/benchmarks.md. Runs only with
 * {@code ./mvnw -Pbench verify} (see the README); the methods run in order on the data of the first.
 */
@BenchmarkSpringTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HanoiScaleBenchmark {

    private static final BenchmarkReport REPORT = BenchmarkReport.shared();
    private static final BenchSize SIZE = REPORT.size();
    private static final String CHAIR = "bench.chair";
    private static final String SUPERIOR = "bench.superior";
    private static final String CITY = "bench.city";
    private static HanoiScaleData.Generated data;

    @Autowired
    TaskService taskService;
    @Autowired
    TaskQueues queues;
    @Autowired
    ApplicationContext context;
    @Autowired
    MemberService members;
    @Autowired
    UserAccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    CaseStarter starter;
    @Autowired
    TaskForms taskForms;

    @Test
    @Order(1)
    void generatesHanoiScaleData() throws Exception {
        data = HanoiScaleData.generate(context, SIZE);
        REPORT.dataLog(data.log());
        REPORT.postgresVersion(jdbc.queryForObject("show server_version", String.class));
        GeneratedUnion grassroots = data.largestGrassroots();
        try (SignedIn ignored = SignedIn.as(accounts, "admin")) {
            officer(CHAIR, "Chủ tịch công đoàn cơ sở (đo hiệu năng)", grassroots.code(), false, OfficerRole.CHAIR,
                    OfficerRole.FINANCE);
            officer(SUPERIOR, "Cán bộ công đoàn cấp trên (đo hiệu năng)", grassroots.upperCode(), true,
                    OfficerRole.CHAIR, OfficerRole.CASE_OFFICER, OfficerRole.FINANCE, OfficerRole.SAFETY);
            officer(CITY, "Cán bộ Liên đoàn thành phố (đo hiệu năng)", DemoUnits.CITY, true, OfficerRole.WELFARE,
                    OfficerRole.FINANCE, OfficerRole.SAFETY);
        }
        assertThat(jdbc.queryForObject("select count(*) from member", Long.class)).isGreaterThanOrEqualTo(SIZE.members());
        assertThat(taskService.createTaskQuery().count()).isGreaterThanOrEqualTo(SIZE.openTasks());
        assertThat(context.getBean(OpenTaskTable.class).reconcile()).as("every copied task is in the read model")
                .isZero();
        REPORT.detail("data: %d members, %d units, %d open tasks (Camunda TaskQuery count), %d closed case files, %d"
                .formatted(jdbc.queryForObject("select count(*) from member", Long.class),
                        jdbc.queryForObject("select count(*) from org_unit", Long.class), taskService.createTaskQuery()
                                .count(), jdbc.queryForObject("select count(*) from case_file where status = 'CLOSED'",
                                Long.class), data.engineRows()) + " engine and case rows copied");
        REPORT.detail(databaseSize());
    }

    /** For sizing the database server's disk (docs/deployment.md): the database and its history per case. */
    private String databaseSize() {
        long database = jdbc.queryForObject("select pg_database_size(current_database())", Long.class);
        long history = jdbc.queryForObject("select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c"
                + " join pg_namespace n on n.oid = c.relnamespace where n.nspname = current_schema()"
                + " and c.relkind = 'r' and c.relname like 'act_hi\\_%'", Long.class);
        long cases = jdbc.queryForObject("select count(*) from ACT_HI_PROCINST", Long.class);
        return "database size: %d MB in all; Camunda history tables (ACT_HI_*, indexes included) %d MB for %d process"
                .formatted(database >> 20, history >> 20, cases) + " instances in history, i.e. %.1f KB per case"
                .formatted(history / 1024.0 / Math.max(1, cases));
    }

    @Test
    @Order(2)
    void m2QueuesFirstPageAndCount() {
        assumeTrue(data != null, "no generated data");
        for (String officer : List.of(CHAIR, SUPERIOR, CITY)) {
            try (SignedIn signedIn = SignedIn.as(accounts, officer)) {
                List<String> groups = signedIn.user().assignments().stream()
                        .map(a -> a.candidateGroup().id()).distinct().toList();
                Supplier<TaskQuery> camunda = () -> officer.equals(CHAIR)
                        ? taskService.createTaskQuery().taskCandidateGroupIn(groups)
                        .processVariableValueEquals("unionCode", data.largestGrassroots().code())
                        : taskService.createTaskQuery().taskCandidateGroupIn(groups)
                        .processVariableValueLike("unionCode", "%");
                Page<TaskRow> first = queues.page(Queue.UNION, TaskFilter.none(), PageRequest.of(0, 50));
                long camundaCount = camunda.get().count();
                Latencies baseline = Latencies.measure(5, SIZE.samples(), () -> {
                    TaskQuery query = camunda.get();
                    query.count();
                    query.orderByTaskCreateTime().asc().listPage(0, 50);
                });
                Latencies unionCare = Latencies.measure(5, SIZE.samples(),
                        () -> queues.page(Queue.UNION, TaskFilter.none(), PageRequest.of(0, 50)));
                REPORT.add(ResultRow.latency("M2 union queue, " + officer + " (" + first.getTotalElements()
                        + " tasks; TaskQuery " + camundaCount + ")", baseline, unionCare, 50, 5));
                if (officer.equals(CHAIR)) {
                    assertThat(first.getTotalElements()).as("UnionCare and Camunda see the same tasks")
                            .isEqualTo(camundaCount);
                }
                if (signedIn.user().assignments().stream().anyMatch(RoleAssignmentView::supervises)) {
                    CappedCount total = TaskQueues.supervisionCount(
                            queues.supervision(TaskFilter.none(), PageRequest.of(0, 50)));
                    Latencies supervision = Latencies.measure(5, SIZE.samples(),
                            () -> queues.supervision(TaskFilter.none(), PageRequest.of(0, 50)));
                    REPORT.add(ResultRow.latency("M2 supervision view, " + officer + " ("
                            + (total.more() ? "more than " : "") + total.value() + " tasks below)",
                            null, supervision, 50, 1));
                }
            }
        }
    }

    @Test
    @Order(3)
    void m3MemberSearch() {
        assumeTrue(data != null, "no generated data");
        SplittableRandom random = new SplittableRandom(7);
        long maxId = jdbc.queryForObject("select max(id) from member", Long.class);
        long minId = maxId - SIZE.members() + 1;
        List<Map<String, Object>> sample = new ArrayList<>();
        for (int i = 0; i < SIZE.samples(); i++) {
            Map<String, Object> member = new java.util.HashMap<>(jdbc.queryForMap(
                    "select name_search, card_number, phone_encrypted from member where id = ?",
                    minId + random.nextLong(SIZE.members())));
            // phones are stored encrypted (V25): a search gives the whole number, found through its keyed hash
            member.put("phone", context.getBean(PersonalDataCipher.class)
                    .decrypt((String) member.get("phone_encrypted")));
            // what an officer types who knows only the given name ("van an" for Nguyễn Văn An): later words
            String name = (String) member.get("name_search");
            int lastWords = name.lastIndexOf(' ', name.lastIndexOf(' ') - 1);
            member.put("given_name", lastWords < 0 ? name : name.substring(lastWords + 1));
            sample.add(member);
        }
        Map<String, Latencies> withIndexes = new java.util.LinkedHashMap<>();
        for (String officer : List.of(CITY, SUPERIOR)) {
            for (String field : List.of("name_search", "given_name", "card_number", "phone")) {
                withIndexes.put(officer + " " + field, searchLatencies(officer, sample, field, SIZE.samples()));
            }
            try (SignedIn ignored = SignedIn.as(accounts, officer)) {
                Latencies common = Latencies.measure(2, Math.max(10, SIZE.samples() / 10),
                        () -> members.search(MemberSearch.byText("nguyen"), PageRequest.of(0, 50)));
                REPORT.detail("M3 worst case, the commonest family name \"nguyen\" alone (a third of all members), "
                        + officer + ": " + common.summary());
            }
        }
        // the baseline column: the same searches without the search indexes of V21 and V26 (dropped for the rest of the
        // run); the name's own order index and the primary keys stay
        jdbc.execute("drop index if exists ix_member_name_words, ix_member_card_prefix, ix_member_phone_hash,"
                + " ix_member_name_word, ix_member_name_word_unit");
        for (Map.Entry<String, Latencies> measured : withIndexes.entrySet()) {
            String[] officerAndField = measured.getKey().split(" ");
            // fewer samples: each search without the indexes reads the whole member table
            Latencies without = searchLatencies(officerAndField[0], sample, officerAndField[1],
                    Math.max(10, SIZE.samples() / 5));
            REPORT.add(ResultRow.latency("M3 member search by " + label(officerAndField[1]) + ", "
                    + officerAndField[0] + " (baseline: without the search indexes)", without, measured.getValue(), 50,
                    1));
        }
    }

    private Latencies searchLatencies(String officer, List<Map<String, Object>> sample, String field, int samples) {
        try (SignedIn ignored = SignedIn.as(accounts, officer)) {
            int[] next = {0};
            return Latencies.measure(0, samples, () -> members.search(
                    MemberSearch.byText((String) sample.get(next[0]++ % sample.size()).get(field)),
                    PageRequest.of(0, 50)));
        }
    }

    @Test
    @Order(4)
    void m4StatementsAndCommitsPerAction() {
        assumeTrue(data != null, "no generated data");
        HardshipSteps hardship = HardshipSteps.of(context);
        StatementCounter.Counts[] counts = new StatementCounter.Counts[1];
        // signing in reads the account (a transaction of its own, as at login): outside what is counted
        StartedCase started;
        try (SignedIn ignored = SignedIn.as(accounts, "factory.member")) {
            started = StatementCounter.record(() -> starter.start("hardship-assistance",
                    HardshipSteps.request("sickness", "Điều trị tại bệnh viện 5 ngày", 600_000, "medical")), counts);
        }
        action("start a hardship case (member; the process goes on asynchronously)", counts[0]);
        Task review = hardship.awaitTask(started, "Task_ReviewRequest");

        try (SignedIn ignored = SignedIn.as(accounts, CHAIR)) {
            for (int pageSize : List.of(10, 50, 200)) {
                StatementCounter.record(() -> queues.page(Queue.UNION, TaskFilter.none(), PageRequest.of(0, pageSize)),
                        counts);
                action("open the union queue, page of " + pageSize + " (grassroots chair)", counts[0]);
            }
            String generatedTask = queues.page(Queue.UNION, TaskFilter.none(), PageRequest.of(0, 1)).getContent()
                    .get(0).taskId();
            StatementCounter.record(() -> {
                queues.claim(generatedTask);
                return null;
            }, counts);
            action("claim a generated task (grassroots chair)", counts[0]);
            assertThat(taskService.createTaskQuery().taskId(generatedTask).singleResult().getAssignee()).isEqualTo(CHAIR);
        }
        try (SignedIn ignored = SignedIn.as(accounts, "factory.chair")) {
            StatementCounter.record(() -> taskForms.complete(review.getId(), Map.of("verified", true,
                    "recommendation", "support", "proposedAmount", 600_000, "reviewNotes", "Đã xác minh")), counts);
            action("complete the review with its form (grassroots chair)", counts[0]);
            StatementCounter.record(() -> caseFiles.open(started.caseNumber()), counts);
            action("open the case page (grassroots chair)", counts[0]);
        }
    }

    @AfterAll
    static void writeReport() throws IOException {
        REPORT.writeDocument();
    }

    private static void action(String name, StatementCounter.Counts counts) {
        REPORT.add(new ResultRow("M4 " + name, "–", counts.statements() + " statements, " + counts.commits()
                + " commit(s)" + (counts.rollbacks() > 0 ? ", " + counts.rollbacks() + " rollback(s)" : ""), "–",
                "1 commit; statements independent of page size", counts.commits() <= 1 ? "met" : "MISSED"));
    }

    private static String label(String field) {
        return switch (field) {
            case "name_search" -> "full name without diacritics";
            case "given_name" -> "the last two words of the name (given name)";
            case "card_number" -> "card number";
            default -> "phone";
        };
    }

    private void officer(String username, String displayName, String unitCode, boolean subtree, OfficerRole... roles) {
        BenchOfficers.create(accounts, username, displayName, unitCode, subtree, roles);
    }
}
