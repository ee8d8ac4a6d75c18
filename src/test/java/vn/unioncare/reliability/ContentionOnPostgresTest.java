package vn.unioncare.reliability;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.unioncare.DemoUnits;
import vn.unioncare.PostgresSpringTest;
import vn.unioncare.SignedIn;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.common.RefusedException;
import vn.unioncare.organisation.NewOrgUnit;
import vn.unioncare.organisation.OrgLevel;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.NewAccount;
import vn.unioncare.security.OfficerRole;
import vn.unioncare.security.UserAccountService;
import vn.unioncare.tasks.TaskQueues;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many officers at the same moment, on PostgreSQL: fifty colleagues of one union claim the same task, round after
 * round, and exactly one wins each round while the others hear "already claimed"; fifty officers start cases at once
 * and the case numbers come out unique and without gaps. Each test prints its figures.
 */
@PostgresSpringTest
class ContentionOnPostgresTest {

    private static final int THREADS = 50;
    private static final int ROUNDS = 200;

    @Autowired
    OrganisationService organisation;
    @Autowired
    UserAccountService accounts;
    @Autowired
    CaseStarter starter;
    @Autowired
    TaskQueues queues;
    @Autowired
    TaskService tasks;

    @Test
    void fiftyColleaguesClaimingOneTaskLeaveExactlyOneWinnerEveryRound() throws Exception {
        List<String> officers = unionWithChairs(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        int refusedAsAlreadyClaimed = 0;
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String taskId = taskOfNewCase(officers.get(round % THREADS));
                List<Future<String>> attempts = all(pool, officers, officer -> {
                    try (SignedIn ignored = SignedIn.as(accounts, officer)) {
                        queues.claim(taskId);
                        return "claimed";
                    } catch (RefusedException e) {
                        return e.messageKey();
                    }
                });
                List<String> outcomes = new ArrayList<>();
                for (Future<String> attempt : attempts) {
                    outcomes.add(attempt.get(60, TimeUnit.SECONDS));
                }
                assertThat(outcomes).as("round %d", round).containsOnlyOnce("claimed")
                        .filteredOn(o -> !o.equals("claimed")).containsOnly("tasks.error.alreadyClaimed");
                assertThat(officers).contains(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee());
                refusedAsAlreadyClaimed += THREADS - 1;
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("CONTENTION claim: %d rounds x %d officers, %d winners, %d clear refusals, 0 errors%n",
                ROUNDS, THREADS, ROUNDS, refusedAsAlreadyClaimed);
    }

    @Test
    void caseNumbersStartedAtOnceByFiftyOfficersAreUniqueAndWithoutGaps() throws Exception {
        List<String> officers = unionWithChairs(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        Set<String> numbers = ConcurrentHashMap.newKeySet();
        AtomicInteger started = new AtomicInteger();
        try {
            // rounds of fifty simultaneous starts: gap-free numbers queue on one counter row per prefix and year,
            // so a start waits for those before it; a round stays well within the connection pool's timeout
            for (int round = 0; round < 4; round++) {
                String note = "Đồng thời " + round;
                for (Future<String> done : all(pool, officers, officer -> {
                    try (SignedIn ignored = SignedIn.as(accounts, officer)) {
                        numbers.add(starter.start("foundation-roundtrip", Map.of("note", note)).caseNumber());
                        started.incrementAndGet();
                    }
                    return officer;
                })) {
                    done.get(120, TimeUnit.SECONDS);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        List<Integer> sequence = numbers.stream().map(n -> Integer.parseInt(n.substring(n.lastIndexOf('-') + 1)))
                .sorted().toList();
        assertThat(numbers).hasSize(started.get()).hasSize(THREADS * 4);
        assertThat(sequence.get(sequence.size() - 1) - sequence.get(0) + 1).as("no gaps").isEqualTo(sequence.size());
        System.out.printf("CONTENTION case numbers: %d starts in rounds of %d at once, %d unique, %d..%d without gaps%n",
                started.get(), THREADS, numbers.size(), sequence.get(0), sequence.get(sequence.size() - 1));
    }

    /** A new grassroots union under the ward union with {@code count} chairs, the usernames of whom are returned. */
    private List<String> unionWithChairs(int count) {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        String code = "CS-TRANH-CHAP-" + suffix;
        List<String> officers = new ArrayList<>();
        try (SignedIn ignored = SignedIn.as(accounts, "admin")) {
            organisation.create(new NewOrgUnit(code, OrgLevel.GRASSROOTS, "Công đoàn cơ sở thử tranh chấp " + suffix,
                    "Contention test union " + suffix, DemoUnits.WARD, LocalDate.of(2020, 1, 1)));
            for (int i = 0; i < count; i++) {
                String username = "chair." + suffix.toLowerCase(java.util.Locale.ROOT) + "." + i;
                accounts.createAccount(new NewAccount(username, "Mat-khau-thu-" + suffix, "Chủ tịch thử " + i, null,
                        null, Set.of()));
                accounts.assignRole(username, code, OfficerRole.CHAIR, false);
                officers.add(username);
            }
        }
        return officers;
    }

    private String taskOfNewCase(String officer) {
        StartedCase started;
        try (SignedIn ignored = SignedIn.as(accounts, officer)) {
            started = starter.start("foundation-roundtrip", Map.of("note", "Tranh chấp"));
        }
        return tasks.createTaskQuery().processInstanceId(started.processInstanceId()).singleResult().getId();
    }

    /** Runs the work for every officer at once, released together by a barrier. */
    private static <T> List<Future<T>> all(ExecutorService pool, List<String> officers, Work<T> work) {
        CyclicBarrier together = new CyclicBarrier(officers.size());
        List<Future<T>> futures = new ArrayList<>();
        for (String officer : officers) {
            Callable<T> task = () -> {
                together.await(60, TimeUnit.SECONDS);
                return work.run(officer);
            };
            futures.add(pool.submit(task));
        }
        return futures;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(String officer) throws Exception;
    }
}
