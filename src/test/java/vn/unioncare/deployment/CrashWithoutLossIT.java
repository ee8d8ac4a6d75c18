package vn.unioncare.deployment;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.unioncare.EmbeddedPostgresDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9 item 2, crash without loss: members' clients send 1,000 hardship requests through the JSON API while the
 * node (the built jar on PostgreSQL, job executor on) is killed with SIGKILL at random moments and started again.
 * A client repeats every request it got no answer to with the same {@code Idempotency-Key} until one comes. Afterwards
 * every acknowledged request is exactly one case, with its own data, whose process waits in the review by the union's
 * chair; and nothing is half there: no case file without its process, request row or key, and the reverse.
 */
class CrashWithoutLossIT {

    /** 1,000 requests and 3 kills unless {@code -Dcrash.requests} / {@code -Dcrash.kills} say otherwise. */
    private static final int REQUESTS = Integer.getInteger("crash.requests", 1_000);
    private static final int CLIENTS = 4;
    private static final int KILLS = Integer.getInteger("crash.kills", 3);
    private static final String DATABASE = "crash";
    private static final String PROCESS = "hardship-assistance";
    /** The first user task of a hardship request, after the asynchronous continuation checked eligibility. */
    private static final String FIRST_TASK = "Task_ReviewRequest";
    /** Requests by three members of three unions, so that each union's chair has a share. */
    private static final List<String> MEMBERS = List.of("member", "hospital.member", "factory.member");

    private final AtomicReference<JarNode> node = new AtomicReference<>();
    private final AtomicInteger incarnation = new AtomicInteger();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger repeats = new AtomicInteger();
    private final AtomicInteger repeatedRequests = new AtomicInteger();
    private final AtomicInteger answeredByAnEarlierAttempt = new AtomicInteger();
    private final Map<Integer, String> caseNumbers = new ConcurrentHashMap<>();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private volatile boolean clientsDone;

    @Test
    void everyAcknowledgedRequestIsExactlyOneWholeCaseAfterTheNodeWasKilledThreeTimes() throws Exception {
        EmbeddedPostgres server = EmbeddedPostgresDatabase.server();
        long started = System.nanoTime();
        Map<String, String> environment = ProductionInstallation.migrated(server, DATABASE,
                ProductionInstallation.documentsDirectory());
        JdbcTemplate database = new JdbcTemplate(server.getDatabase("postgres", DATABASE));
        node.set(start(environment));
        long seed = System.nanoTime();
        Random random = new Random(seed);

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        AtomicInteger next = new AtomicInteger();
        for (int c = 0; c < CLIENTS; c++) {
            String username = MEMBERS.get(c % MEMBERS.size());
            running.add(clients.submit(() -> submitAll(username, next)));
        }
        List<Integer> killedAt = new ArrayList<>();
        try {
            for (int kill = 1; kill <= KILLS; kill++) {
                // a random moment in the kill's share of the load, with requests on the wire
                int share = REQUESTS / (KILLS + 1);
                int moment = share * kill - share / 2 + random.nextInt(share);
                TwoNodesOnOnePostgresIT.eventually(Duration.ofMinutes(5), acknowledged::get, n -> n >= moment);
                JarNode victim = node.get();
                killedAt.add(acknowledged.get());
                assertThat(victim.kill()).as("exit code of SIGKILL").isEqualTo(137);
                node.set(start(environment));
            }
            for (Future<?> client : running) {
                client.get(10, TimeUnit.MINUTES);
            }
        } finally {
            clientsDone = true;
            clients.shutdownNow();
        }
        Duration load = Duration.ofNanos(System.nanoTime() - started);
        try {
            assertThat(violations).as("answers other than a case or a repeatable refusal").isEmpty();
            assertThat(caseNumbers).hasSize(REQUESTS);
            // the asynchronous continuations (not the review's reminder timers) all ran, those the killed nodes
            // had locked once their locks expired (lock time set short below)
            TwoNodesOnOnePostgresIT.eventually(Duration.ofMinutes(3), () -> database.queryForObject(
                    "select count(*) from act_ru_job j join act_re_procdef d on d.id_ = j.process_def_id_ "
                            + "where d.key_ = ? and j.type_ = 'message'", Integer.class, PROCESS), jobs -> jobs == 0);
            assertEveryAcknowledgedRequestIsExactlyOneWholeCase(database);
            assertNothingIsHalfThere(database);
        } finally {
            node.get().close();
        }
        System.out.printf("CRASH WITHOUT LOSS: %d requests by %d clients, %d SIGKILLs (after %s acknowledged), "
                        + "%d acknowledged, %d found exactly once at %s; %d requests unanswered at first and repeated "
                        + "with the same key (%d repeats in all, while the node was down), %d of them answered with "
                        + "the case an unanswered attempt had opened; %d s in all (seed %d)%n",
                REQUESTS, CLIENTS, KILLS, killedAt, acknowledged.get(), caseNumbers.size(), FIRST_TASK,
                repeatedRequests.get(), repeats.get(), answeredByAnEarlierAttempt.get(), load.toSeconds(), seed);
    }

    private JarNode start(Map<String, String> environment) {
        // a killed node's job locks expire after 20 s instead of Camunda's 5 minutes, so the test need not wait
        return JarNode.start("crash-" + incarnation.incrementAndGet(), environment,
                "--camunda.bpm.job-execution.lock-time-in-millis=20000").awaitHealthy(ProductionInstallation.START_PATIENCE);
    }

    /** One client: takes the next request, sends it until it is acknowledged, always with the same key. */
    private Void submitAll(String username, AtomicInteger next) {
        Client client = new Client(username);
        for (int request = next.getAndIncrement(); request < REQUESTS && !clientsDone;
             request = next.getAndIncrement()) {
            String key = "crash-" + request + "-" + UUID.randomUUID();
            String body = body(request);
            for (int attempt = 1; caseNumbers.get(request) == null && !clientsDone; attempt++) {
                if (attempt > 1) {
                    repeats.incrementAndGet();
                }
                HttpResponse<String> answer = client.send(body, key);
                if (answer == null || answer.statusCode() == 503 || answer.statusCode() == 409) {
                    JarNode.sleep(Duration.ofMillis(250)); // the node is down or restarting: ask again
                } else if (answer.statusCode() == 201 || answer.statusCode() == 200) {
                    caseNumbers.put(request, caseNumberIn(answer));
                    acknowledged.incrementAndGet();
                    if (attempt > 1) {
                        repeatedRequests.incrementAndGet();
                    }
                    if (answer.statusCode() == 200) {
                        answeredByAnEarlierAttempt.incrementAndGet();
                    }
                } else if (answer.statusCode() == 401) {
                    client.signOut();
                } else {
                    violations.add("request " + request + ": " + answer.statusCode() + " " + answer.body());
                    return null;
                }
            }
        }
        return null;
    }

    /** The request's own amount identifies it in the database. */
    private static String body(int request) {
        try {
            return TwoNodesOnOnePostgresIT.JSON.writeValueAsString(Map.of("supportType", "sickness",
                    "circumstances", "Yêu cầu số " + request + ": nằm viện điều trị dài ngày",
                    "amountRequested", amountOf(request), "estimatedLoss", 15_000_000,
                    "providedDocuments", List.of("medical"), "paymentMethod", "cash"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long amountOf(int request) {
        return 1_000_000L + request;
    }

    private static String caseNumberIn(HttpResponse<String> answer) {
        try {
            return TwoNodesOnOnePostgresIT.JSON.readTree(answer.body()).path("caseNumber").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void assertEveryAcknowledgedRequestIsExactlyOneWholeCase(JdbcTemplate database) {
        Map<Integer, List<String>> found = new ConcurrentHashMap<>();
        database.query("select h.amount_requested, c.case_number from case_file c "
                        + "join hardship_request h on h.case_number = c.case_number where c.process_key = ?",
                row -> {
                    found.computeIfAbsent((int) (row.getLong(1) - amountOf(0)), r -> new ArrayList<>())
                            .add(row.getString(2));
                }, PROCESS);
        List<String> notExactlyOnce = new ArrayList<>();
        caseNumbers.forEach((request, caseNumber) -> {
            if (!List.of(caseNumber).equals(found.get(request))) {
                notExactlyOnce.add(request + " acknowledged as " + caseNumber + ", found " + found.get(request));
            }
        });
        assertThat(notExactlyOnce).isEmpty();
        assertThat(database.queryForList("select c.case_number from case_file c where c.process_key = ? and "
                        + "(select count(*) from act_ru_task t where t.proc_inst_id_ = c.process_instance_id "
                        + "and t.task_def_key_ = ?) <> 1", String.class, PROCESS, FIRST_TASK))
                .as("cases not waiting in exactly one %s", FIRST_TASK).isEmpty();
    }

    /** Whatever the kills interrupted left no part of a case behind: every piece has all the others. */
    private static void assertNothingIsHalfThere(JdbcTemplate database) {
        assertThat(database.queryForObject("select count(*) from case_file where process_key = ?", Integer.class,
                PROCESS)).isEqualTo(REQUESTS);
        assertThat(database.queryForList("select c.case_number from case_file c where not exists (select 1 from "
                + "act_hi_procinst p where p.id_ = c.process_instance_id)", String.class))
                .as("case files without a process instance").isEmpty();
        assertThat(database.queryForList("select p.id_ from act_hi_procinst p join act_re_procdef d on d.id_ = "
                + "p.proc_def_id_ where d.key_ = ? and not exists (select 1 from case_file c where "
                + "c.process_instance_id = p.id_)", String.class, PROCESS))
                .as("process instances without a case file").isEmpty();
        assertThat(database.queryForList("select h.case_number from hardship_request h where not exists (select 1 "
                + "from case_file c where c.case_number = h.case_number and c.process_instance_id = "
                + "h.process_instance_id)", String.class)).as("hardship requests without their case").isEmpty();
        assertThat(database.queryForList("select c.case_number from case_file c where c.process_key = ? and not "
                + "exists (select 1 from hardship_request h where h.case_number = c.case_number)", String.class,
                PROCESS)).as("hardship cases without their request").isEmpty();
        assertThat(database.queryForList("select r.case_number from case_start_request r where not exists (select 1 "
                + "from case_file c where c.case_number = r.case_number and c.process_instance_id = "
                + "r.process_instance_id)", String.class)).as("idempotency keys without their case").isEmpty();
        assertThat(database.queryForObject("select count(*) from case_start_request", Integer.class))
                .as("one key per case").isEqualTo(REQUESTS);
        assertThat(database.queryForList("select a.case_number from audit_event a where a.case_number is not null "
                + "and not exists (select 1 from case_file c where c.case_number = a.case_number)", String.class))
                .as("audit events of no case").isEmpty();
        assertThat(database.queryForObject("select last_value from case_number_counter where prefix = 'HT'",
                Long.class)).as("case numbers without gaps").isEqualTo((long) REQUESTS);
        assertThat(database.queryForObject("select count(*) from act_ru_incident", Integer.class))
                .as("incidents").isZero();
    }

    /** A member's client: a browser session on the current node, signed in again after a restart. */
    private final class Client {

        private final String username;
        private WebSession session;
        private int sessionIncarnation;

        Client(String username) {
            this.username = username;
        }

        /** The answer, or null when the node did not answer (killed, not yet listening). */
        HttpResponse<String> send(String body, String key) {
            try {
                JarNode current = node.get();
                if (session == null || sessionIncarnation != incarnation.get()) {
                    sessionIncarnation = incarnation.get();
                    WebSession fresh = WebSession.on(current);
                    if (!fresh.signIn(username, ProductionInstallation.PASSWORD).endsWith("/")) {
                        return null;
                    }
                    session = fresh;
                }
                return session.postJson("/api/v1/processes/" + PROCESS + "/start", body, key);
            } catch (UncheckedIOException | IllegalStateException noAnswer) {
                session = null;
                return null;
            }
        }

        void signOut() {
            session = null;
        }
    }
}
