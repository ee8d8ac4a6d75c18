package vn.unioncare.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.unioncare.safety.TraceSearch;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes from the built jar on one PostgreSQL, as docs/deployment.md runs them (issue 11) and issue 9 item 3
 * demands: a case started on one node is the other node's case too, the job executors of both nodes share the jobs
 * and run each exactly once, and node {@code a}'s JSON log keeps the anonymous safety channel's promise.
 */
@ExtendWith(ProductionInstallation.Shared.class)
class TwoNodesOnOnePostgresIT {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final int INSTANCES = 100;
    private static final int ROUNDS = 10;
    private static final int JOBS = INSTANCES * ROUNDS * 2;
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private static ProductionInstallation installation;

    @BeforeAll
    static void install(ProductionInstallation shared) {
        installation = shared;
        System.out.printf("TWO NODES start-up: migration and two nodes healthy in %d s%n",
                installation.startUp().toSeconds());
    }

    @Test
    void aMemberSignsInOnNodeAStartsACaseAndTheChairSeesItAndItsTaskOnNodeB() throws IOException {
        WebSession member = WebSession.on(installation.a());
        assertThat(member.signIn("member", ProductionInstallation.PASSWORD)).endsWith("/");
        assertThat(member.sessionCookieAttributes()).contains("Secure").contains("HttpOnly");
        String caseNumber = startHardshipCase(member);

        WebSession chair = WebSession.on(installation.b());
        assertThat(chair.signIn("school.chair", ProductionInstallation.PASSWORD)).endsWith("/");
        assertThat(chair.get("/api/v1/cases/" + caseNumber + "/documents").statusCode()).isEqualTo(200);
        assertThat(chair.get("/api/v1/cases/HT-1999-999999/documents").statusCode()).isEqualTo(404);
        WebSession otherUnion = WebSession.on(installation.b());
        otherUnion.signIn("factory.chair", ProductionInstallation.PASSWORD);
        assertThat(otherUnion.get("/api/v1/cases/" + caseNumber + "/documents").statusCode()).isEqualTo(404);

        // the start is asynchronous: a job (on either node) takes the case to the review by the school's chair
        String processInstance = new JdbcTemplate(installation.dataSource()).queryForObject(
                "select process_instance_id from case_file where case_number = ?", String.class, caseNumber);
        WebSession engine = WebSession.basic(installation.b(), "admin", ProductionInstallation.PASSWORD);
        JsonNode tasks = eventually(Duration.ofSeconds(60), () -> json(engine.get(
                "/engine-rest/task?processInstanceId=" + processInstance + "&taskDefinitionKey=Task_ReviewRequest")),
                found -> found.size() == 1);
        assertThat(tasks).hasSize(1);
    }

    /** A member's hardship request through the JSON API with the browser session; returns its case number. */
    static String startHardshipCase(WebSession member) throws IOException {
        HttpResponse<String> started = member.postJson("/api/v1/processes/hardship-assistance/start",
                JSON.writeValueAsString(Map.of("supportType", "sickness", "circumstances",
                        "Nằm viện điều trị dài ngày, gia đình khó khăn", "amountRequested", 2_000_000,
                        "estimatedLoss", 15_000_000, "providedDocuments", List.of("medical"), "paymentMethod", "cash")));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String caseNumber = JSON.readTree(started.body()).path("caseNumber").asText();
        assertThat(caseNumber).matches("HT-\\d{4}-\\d{6}");
        return caseNumber;
    }

    @Test
    void twoThousandTimerAndAsyncJobsRunExactlyOnceEachAndBothNodesDoPartOfTheWork() throws Exception {
        JdbcTemplate database = new JdbcTemplate(installation.dataSource());
        database.execute("create table job_probe (case_number varchar(40) not null, round int not null, "
                + "kind varchar(10) not null, node varchar(10) not null, done_at timestamp default clock_timestamp())");
        deployJobProbe();

        long started = System.nanoTime();
        startInstances();
        eventually(Duration.ofMinutes(3), () -> {
            assertThat(database.queryForList("select i.activity_id_ || ': ' || coalesce(i.incident_msg_, '') "
                    + "from act_ru_incident i join act_re_procdef d on d.id_ = i.proc_def_id_ "
                    + "where d.key_ = 'two-node-job-probe'", String.class)).as("incidents").isEmpty();
            return database.queryForObject("select count(*) from job_probe", Integer.class);
        }, rows -> rows >= JOBS);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        JarNode.sleep(Duration.ofSeconds(2));

        assertThat(database.queryForObject("select count(*) from job_probe", Integer.class)).isEqualTo(JOBS);
        assertThat(database.queryForObject("select count(*) from (select distinct case_number, round, kind "
                + "from job_probe) once", Integer.class)).as("no job ran twice").isEqualTo(JOBS);
        assertThat(database.queryForObject("select count(*) from job_probe where kind = 'timer'", Integer.class))
                .isEqualTo(JOBS / 2);
        Map<String, Integer> perNode = new LinkedHashMap<>();
        database.query("select node, count(*) from job_probe group by node order by node",
                row -> { perNode.put(row.getString(1), row.getInt(2)); });
        assertThat(perNode).containsOnlyKeys(String.valueOf(installation.a().port()),
                String.valueOf(installation.b().port()));
        assertThat(perNode.values()).allSatisfy(jobs -> assertThat(jobs).isPositive());
        eventually(Duration.ofSeconds(30), () -> database.queryForObject("select count(*) from act_hi_procinst p "
                + "join act_re_procdef d on d.id_ = p.proc_def_id_ where d.key_ = 'two-node-job-probe' "
                + "and p.end_time_ is not null", Integer.class), ended -> ended == INSTANCES);
        assertThat(database.queryForObject("select count(*) from act_ru_job j join act_re_procdef d "
                + "on d.id_ = j.process_def_id_ where d.key_ = 'two-node-job-probe'", Integer.class)).isZero();

        System.out.printf("TWO NODES jobs: %d jobs (%d timer, %d async) of %d instances, each run once; node a %d, "
                        + "node b %d; %.1f s from the first start to the last job (%.0f jobs/s)%n", JOBS, JOBS / 2,
                JOBS / 2, INSTANCES, perNode.get(String.valueOf(installation.a().port())),
                perNode.get(String.valueOf(installation.b().port())), took.toMillis() / 1000.0,
                JOBS / (took.toMillis() / 1000.0));
    }

    /** Deploys the probe process as a designer does from Camunda Modeler: through the engine REST API. */
    private static void deployJobProbe() throws IOException {
        byte[] bpmn;
        try (InputStream resource = TwoNodesOnOnePostgresIT.class
                .getResourceAsStream("/deployment/two-node-job-probe.bpmn")) {
            bpmn = resource.readAllBytes();
        }
        WebSession designer = WebSession.basic(installation.a(), "designer", ProductionInstallation.PASSWORD);
        HttpResponse<String> deployed = designer.postMultipart("/engine-rest/deployment/create", new Multipart()
                .field("deployment-name", "two-node-job-probe")
                .file("two-node-job-probe.bpmn", "two-node-job-probe.bpmn", "application/xml", bpmn));
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    }

    /** Half of the instances started on each node, four clients at a time. */
    private static void startInstances() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> starts = new ArrayList<>();
            for (int i = 0; i < INSTANCES; i++) {
                JarNode node = i % 2 == 0 ? installation.a() : installation.b();
                starts.add(clients.submit(() -> WebSession.basic(node, "admin", ProductionInstallation.PASSWORD)
                        .postJson("/engine-rest/process-definition/key/two-node-job-probe/start", "{}").statusCode()));
            }
            for (Future<Integer> start : starts) {
                assertThat(start.get()).isEqualTo(200);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void nodeALogsOneJsonObjectPerLineAndAnAnonymousReportLeavesNoTraceOfTheReporter() throws IOException {
        String address = "2001:db8::" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xffff));
        String browser = "Mozilla/5.0 (UnionCare trace probe " + UUID.randomUUID() + ")";
        WebSession reporter = WebSession.anonymous(installation.a(), address, browser);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("workplaceUnion", "CS-THCS-NGHIA-TAN");
        report.put("employerName", "Trường THCS Nghĩa Tân");
        report.put("place", "Phòng thí nghiệm hóa học, tầng 3");
        report.put("occurredAt", LocalDateTime.now(HANOI).minusHours(3).withSecond(0).withNano(0).toString());
        report.put("reportType", "hazard");
        report.put("description", "Ống dẫn khí bị rò, có mùi lạ; đã báo tổ trưởng nhưng chưa được sửa");
        HttpResponse<String> receipt = reporter.postJson("/api/v1/safety-reports", JSON.writeValueAsString(report));
        assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(201);
        String code = JSON.readTree(receipt.body()).path("trackingCode").asText();
        String caseNumber = JSON.readTree(receipt.body()).path("caseNumber").asText();
        assertThat(reporter.get("/api/v1/safety-reports/" + code).statusCode()).isEqualTo(200);
        JdbcTemplate database = new JdbcTemplate(installation.dataSource());
        eventually(Duration.ofSeconds(60), () -> database.queryForObject("select count(*) from act_ru_task t join "
                + "case_file c on c.process_instance_id = t.proc_inst_id_ where c.case_number = ?", Integer.class,
                caseNumber), tasks -> tasks > 0);

        List<String> lines = installation.a().output();
        List<JsonNode> entries = new ArrayList<>();
        for (String line : lines) {
            entries.add(JSON.readTree(line));
        }
        assertThat(entries).hasSizeGreaterThan(20).allSatisfy(entry -> {
            assertThat(entry.isObject()).isTrue();
            assertThat(entry.path("log").path("level").asText()).isNotBlank();
            assertThat(entry.path("log").path("logger").asText()).isNotBlank();
            assertThat(entry.has("message")).isTrue();
        });
        assertThat(entries).anySatisfy(entry -> assertThat(entry.path("message").asText())
                .contains("Started UnionCareApplication"));
        assertThat(installation.b().output()).anySatisfy(line -> assertThat(line).doesNotStartWith("{")
                .contains("Started UnionCareApplication"));

        List<String> traces = new ArrayList<>(TraceSearch.in(installation.dataSource()).inDatabase(address, browser, code));
        for (JarNode node : List.of(installation.a(), installation.b())) {
            node.output().stream().filter(line -> line.contains(address) || line.contains(browser)
                    || line.contains(code)).forEach(line -> traces.add(node.name() + ": " + line));
        }
        assertThat(traces).isEmpty();
    }

    static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asks again every half second until the answer is good or the patience is over; returns the last answer. */
    static <T> T eventually(Duration patience, Supplier<T> question, java.util.function.Predicate<T> good) {
        return vn.unioncare.Eventually.eventually(patience, question, good);
    }
}
