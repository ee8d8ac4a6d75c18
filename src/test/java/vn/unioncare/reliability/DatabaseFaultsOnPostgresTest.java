package vn.unioncare.reliability;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.unioncare.EmbeddedPostgresDatabase;
import vn.unioncare.Eventually;
import vn.unioncare.PostgresSpringTest;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.unioncare.Eventually.eventually;

/**
 * Issue 9 item 5, database faults: while members' clients send hardship requests through the JSON API, an
 * administrator's connection terminates all of the application's connections ({@code pg_terminate_backend}) again and
 * again. A request hit by it is refused cleanly (503, nothing stored) and succeeds when repeated with its
 * {@code Idempotency-Key}; nothing acknowledged is lost; the application recovers without a restart (the pool replaces
 * the connections, the job executor goes on and drains its jobs).
 */
@PostgresSpringTest
class DatabaseFaultsOnPostgresTest {

    private static final int REQUESTS = 240;
    private static final int CLIENTS = 4;
    private static final int TERMINATIONS = 5;
    private static final String START = "/api/v1/processes/hardship-assistance/start";
    private static final String FIRST_TASK = "Task_ReviewRequest";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    DataSource application;
    @Autowired
    ManagementService management;

    private final Map<String, String> caseNumbers = new ConcurrentHashMap<>();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final AtomicInteger refusedCleanly = new AtomicInteger();
    private final AtomicInteger repeatedToSuccess = new AtomicInteger();

    @Test
    void terminatedConnectionsFailRequestsCleanlyLoseNothingAndTheApplicationRecoversWithoutARestart()
            throws Exception {
        String run = UUID.randomUUID().toString();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            keys.add("fault-" + run + "-" + i);
        }
        // the administrator's own connection, outside the application's pool
        JdbcTemplate admin = new JdbcTemplate(EmbeddedPostgresDatabase.server().getPostgresDatabase());

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            running.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
                    submitUntilAcknowledged(keys.get(i), i);
                }
                return null;
            }));
        }
        int terminated = 0;
        try {
            for (int round = 1; round <= TERMINATIONS; round++) {
                int moment = REQUESTS * round / (TERMINATIONS + 1);
                eventually(Duration.ofMinutes(3), caseNumbers::size, n -> n >= moment);
                terminated += admin.queryForObject("select count(*) from (select pg_terminate_backend(pid) from "
                        + "pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() "
                        + "and backend_type = 'client backend') killed", Integer.class);
            }
            for (Future<?> client : running) {
                client.get(5, TimeUnit.MINUTES);
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(violations).as("answers other than a case or a clean 503").isEmpty();
        assertThat(caseNumbers).hasSize(REQUESTS);
        assertThat(terminated).as("connections terminated").isGreaterThanOrEqualTo(TERMINATIONS);
        JdbcTemplate database = new JdbcTemplate(application);
        assertThat(database.queryForObject("select count(distinct c.case_number) from case_start_request r join "
                + "case_file c on c.case_number = r.case_number and c.process_instance_id = r.process_instance_id "
                + "join hardship_request h on h.case_number = c.case_number where r.request_key like ?",
                Integer.class, "fault-" + run + "-%")).as("acknowledged requests stored whole").isEqualTo(REQUESTS);
        assertThat(database.queryForObject("select count(*) from case_start_request where request_key like ?",
                Integer.class, "fault-" + run + "-%")).as("exactly once").isEqualTo(REQUESTS);
        caseNumbers.forEach((key, caseNumber) -> assertThat(database.queryForObject(
                "select count(*) from case_file where case_number = ?", Integer.class, caseNumber)).isEqualTo(1));

        // recovered: the job executor takes every case to its first task, a new request succeeds at once and its
        // job runs on the executor
        int rescheduled = drainJobsHitByTheFaults(database, run);
        ResponseEntity<String> after = post("fault-" + run + "-after");
        assertThat(after.getStatusCode().value()).isEqualTo(201);
        String afterInstance = after.getBody().replaceAll(".*\"processInstanceId\":\"([^\"]+)\".*", "$1");
        eventually(Duration.ofMinutes(2), () -> database.queryForObject("select count(*) from act_ru_task where "
                + "proc_inst_id_ = ? and task_def_key_ = ?", Integer.class, afterInstance, FIRST_TASK), n -> n == 1);
        assertThat(database.queryForObject("select count(*) from act_ru_incident", Integer.class)).isZero();

        System.out.printf("DATABASE FAULTS: %d requests by %d clients, %d terminations killing %d connections; "
                        + "%d answers 503 (nothing stored), %d requests acknowledged after repeating, %d acknowledged "
                        + "and found exactly once at %s; %d jobs hit by a termination waiting for their retry "
                        + "cycle or a broken lock (run at once), 0 incidents%n", REQUESTS, CLIENTS, TERMINATIONS, terminated, refusedCleanly.get(),
                repeatedToSuccess.get(), caseNumbers.size(), FIRST_TASK, rescheduled);
    }

    private void submitUntilAcknowledged(String key, int request) {
        for (int attempt = 1; attempt <= 50; attempt++) {
            ResponseEntity<String> answer = post(key);
            int status = answer.getStatusCode().value();
            if (status == 201 || status == 200) {
                caseNumbers.put(key, answer.getBody().replaceAll(".*\"caseNumber\":\"([^\"]+)\".*", "$1"));
                if (attempt > 1) {
                    repeatedToSuccess.incrementAndGet();
                }
                return;
            }
            if (status != 503 || answer.getBody() == null || answer.getHeaders().getFirst("Retry-After") == null) {
                violations.add(key + ": " + status + " " + answer.getBody());
                return;
            }
            refusedCleanly.incrementAndGet();
            Eventually.sleep(Duration.ofMillis(100));
        }
        violations.add(key + ": still refused after 50 attempts (request " + request + ")");
    }

    private ResponseEntity<String> post(String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", key);
        String body = "{\"supportType\": \"sickness\", \"circumstances\": \"Nằm viện dài ngày\", "
                + "\"amountRequested\": 2000000, \"estimatedLoss\": 15000000, \"providedDocuments\": [\"medical\"], "
                + "\"paymentMethod\": \"cash\"}";
        return rest.withBasicAuth("member", "demo").exchange(START, HttpMethod.POST, new HttpEntity<>(body, headers),
                String.class);
    }

    /**
     * Waits for the job executor to take every case of the run to its first task. A job hit by a termination either
     * failed and was rescheduled by its retry cycle (R5/PT5M), or stayed locked by the executor thread whose
     * transaction broke until its lock expires (5 minutes): both would run within five minutes; the test runs them
     * at once. Returns how many there were.
     */
    private int drainJobsHitByTheFaults(JdbcTemplate database, String run) {
        String waiting = "select count(*) from case_start_request r where r.request_key like ? and not exists "
                + "(select 1 from act_ru_task t where t.proc_inst_id_ = r.process_instance_id and t.task_def_key_ = ?)";
        Set<String> instances = new HashSet<>(database.queryForList("select process_instance_id from "
                + "case_start_request where request_key like ?", String.class, "fault-" + run + "-%"));
        eventually(Duration.ofMinutes(2), () -> database.queryForObject(waiting, Integer.class,
                "fault-" + run + "-%", FIRST_TASK) - hitByTheFaults(instances).size(), n -> n <= 0);
        List<Job> hit = hitByTheFaults(instances);
        for (Job job : hit) {
            assertThat(job.getRetries()).as("retries left on %s", job.getId()).isPositive();
            management.executeJob(job.getId());
        }
        eventually(Duration.ofMinutes(2), () -> database.queryForObject(waiting, Integer.class,
                "fault-" + run + "-%", FIRST_TASK), n -> n == 0);
        return hit.size();
    }

    /** The run's asynchronous continuations that failed, or that an executor thread locked over half a minute ago. */
    private List<Job> hitByTheFaults(Set<String> instances) {
        Date lockedLongAgo = new Date(System.currentTimeMillis() + Duration.ofMinutes(5).minusSeconds(30).toMillis());
        return management.createJobQuery().messages().list().stream()
                .filter(job -> instances.contains(job.getProcessInstanceId()))
                .filter(job -> job.getExceptionMessage() != null
                        || ((JobEntity) job).getLockExpirationTime() != null
                        && ((JobEntity) job).getLockExpirationTime().before(lockedLongAgo))
                .toList();
    }
}
