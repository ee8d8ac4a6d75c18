package vn.unioncare.training;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.unioncare.DemoUnits;
import vn.unioncare.SignedIn;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.UserAccountService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The seat ledger on each database: twenty members asking at the same moment for a cohort of five seats get five
 * seats and fifteen waitlist places, never six seats; waitlist order and promotion; idempotent requests.
 */
abstract class SeatsContract {

    private static final int MEMBERS = 20;
    private static final int SEATS = 5;

    @Autowired
    Seats seats;
    @Autowired
    TrainingCatalogue catalogue;
    @Autowired
    UserAccountService accounts;
    @Autowired
    OrganisationService organisation;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private final String tag = TrainingFixtures.tag();

    private CohortView cohort(int seatCount) {
        LocalDate today = LocalDate.now(clock);
        CourseView course = TrainingFixtures.course(catalogue, accounts, "Khóa chỗ ngồi " + tag, CourseFormat.IN_PERSON);
        return TrainingFixtures.cohort(catalogue, accounts, TrainingFixtures.CITY_COORDINATOR,
                TrainingFixtures.cohortDraft(course.id(), TrainingFixtures.unit(organisation, DemoUnits.WARD),
                        seatCount, today, 3, 5));
    }

    private String caseNumber(int i) {
        return "DT-" + tag + "-" + i;
    }

    @Test
    void twentyMembersAskingAtOnceForFiveSeatsGetFiveSeatsAndFifteenWaitlistPlaces() throws Exception {
        CohortView cohort = cohort(SEATS);
        List<Long> members = TrainingFixtures.activeMembers(jdbc, MEMBERS);
        ExecutorService pool = Executors.newFixedThreadPool(MEMBERS);
        CyclicBarrier together = new CyclicBarrier(MEMBERS);
        Map<String, SeatOutcome> outcomes;
        try {
            List<Future<SeatOutcome>> futures = new ArrayList<>();
            for (int i = 0; i < MEMBERS; i++) {
                int n = i;
                Callable<SeatOutcome> request = () -> {
                    together.await(60, TimeUnit.SECONDS);
                    return seats.request(cohort.id(), members.get(n), caseNumber(n), "pi-" + tag + "-" + n, 0);
                };
                futures.add(pool.submit(request));
            }
            outcomes = new java.util.HashMap<>();
            for (int i = 0; i < MEMBERS; i++) {
                outcomes.put(caseNumber(i), futures.get(i).get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outcomes.values()).filteredOn(o -> o.status() == EnrollmentStatus.SEAT_HELD).hasSize(SEATS)
                .allSatisfy(o -> assertThat(o.waitlistPosition()).isZero());
        assertThat(outcomes.values()).filteredOn(o -> o.status() == EnrollmentStatus.WAITLISTED)
                .extracting(SeatOutcome::waitlistPosition)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, MEMBERS - SEATS).boxed().toList());
        CohortView counted = catalogue.cohort(cohort.id()).orElseThrow();
        assertThat(counted.seatsTaken()).isEqualTo(SEATS);
        assertThat(counted.waitlisted()).isEqualTo(MEMBERS - SEATS);

        String firstWaiting = outcomes.entrySet().stream().filter(e -> e.getValue().waitlistPosition() == 1)
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        String aHolder = outcomes.entrySet().stream().filter(e -> e.getValue().status() == EnrollmentStatus.SEAT_HELD)
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        seats.confirm(aHolder);
        Optional<SeatOffer> offer = seats.release(aHolder);

        assertThat(offer).hasValueSatisfying(o -> {
            assertThat(o.caseNumber()).isEqualTo(firstWaiting);
            assertThat(o.cohortId()).isEqualTo(cohort.id());
            assertThat(o.processInstanceId()).isEqualTo("pi-" + tag + "-" + firstWaiting.substring(firstWaiting
                    .lastIndexOf('-') + 1));
        });
        assertThat(seats.enrollment(firstWaiting)).map(EnrollmentView::status).contains(EnrollmentStatus.SEAT_HELD);
        assertThat(seats.enrollment(aHolder)).map(EnrollmentView::status).contains(EnrollmentStatus.CANCELLED);
        assertThat(catalogue.cohort(cohort.id()).orElseThrow().seatsTaken()).isEqualTo(SEATS);
        System.out.printf("CONTENTION training seats: %d requests at once for %d seats -> %s%n", MEMBERS, SEATS,
                outcomes.values().stream().collect(Collectors.groupingBy(SeatOutcome::status, Collectors.counting())));
    }

    @Test
    void theWaitlistIsOrderedByPriorityThenRequestTimeAndPromotesInThatOrder() {
        CohortView cohort = cohort(1);
        List<Long> members = TrainingFixtures.activeMembers(jdbc, 4);

        assertThat(seats.request(cohort.id(), members.get(0), caseNumber(0), "pi-0", 0))
                .isEqualTo(new SeatOutcome(EnrollmentStatus.SEAT_HELD, 0));
        assertThat(seats.request(cohort.id(), members.get(1), caseNumber(1), "pi-1", 0))
                .isEqualTo(new SeatOutcome(EnrollmentStatus.WAITLISTED, 1));
        // a referral from job counselling comes with a higher priority and goes ahead of earlier requests
        assertThat(seats.request(cohort.id(), members.get(2), caseNumber(2), "pi-2", 5))
                .isEqualTo(new SeatOutcome(EnrollmentStatus.WAITLISTED, 1));
        assertThat(seats.request(cohort.id(), members.get(3), caseNumber(3), "pi-3", 5))
                .isEqualTo(new SeatOutcome(EnrollmentStatus.WAITLISTED, 2));
        // asked again (a retried job), the answer reflects the same enrollment
        assertThat(seats.request(cohort.id(), members.get(1), caseNumber(1), "pi-1", 0))
                .isEqualTo(new SeatOutcome(EnrollmentStatus.WAITLISTED, 3));
        try (SignedIn ignored = SignedIn.as(accounts, TrainingFixtures.TRAINER)) {
            assertThat(seats.waitlist(cohort.id())).extracting(WaitlistEntry::caseNumber, WaitlistEntry::position)
                    .containsExactly(org.assertj.core.api.Assertions.tuple(caseNumber(2), 1),
                            org.assertj.core.api.Assertions.tuple(caseNumber(3), 2),
                            org.assertj.core.api.Assertions.tuple(caseNumber(1), 3));
        }

        seats.reject(caseNumber(0));
        assertThat(catalogue.cohort(cohort.id()).orElseThrow().seatsTaken()).as("rejecting promotes nobody").isZero();
        assertThat(seats.request(cohort.id(), members.get(0), caseNumber(0), "pi-0", 0).status())
                .isEqualTo(EnrollmentStatus.REJECTED);

        assertThat(seats.release(caseNumber(3))).as("a waitlisted member leaving frees no seat").isEmpty();
        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            assertThatThrownBy(() -> seats.waitlist(cohort.id())).hasMessageStartingWith("error.notFoundOrNoAccess");
        }
        assertThat(seats.enrollment(caseNumber(1))).map(EnrollmentView::status).contains(EnrollmentStatus.WAITLISTED);
    }

    @Test
    void releasingAConfirmedSeatPromotesTheFirstWaitingAndTheFactsTellCertifiedMembersApart() {
        CohortView cohort = cohort(1);
        List<Long> members = TrainingFixtures.activeMembers(jdbc, 3);
        seats.request(cohort.id(), members.get(0), caseNumber(0), "pi-a", 0);
        seats.request(cohort.id(), members.get(1), caseNumber(1), "pi-b", 0);
        seats.request(cohort.id(), members.get(2), caseNumber(2), "pi-c", 0);
        seats.confirm(caseNumber(0));
        seats.confirm(caseNumber(0));

        assertThat(seats.release(caseNumber(0))).contains(new SeatOffer(caseNumber(1), "pi-b", members.get(1),
                cohort.id()));
        assertThat(seats.release(caseNumber(0))).as("releasing again").isEmpty();
        seats.confirm(caseNumber(1));
        seats.markOutcome(caseNumber(1), EnrollmentStatus.CERTIFIED);

        assertThat(seats.facts(cohort.id(), members.get(1))).isEqualTo(new EnrollmentFacts(true, true, true));
        assertThat(seats.facts(cohort.id(), members.get(2))).isEqualTo(new EnrollmentFacts(true, false, true));
        assertThatThrownBy(() -> seats.request(cohort.id(), members.get(2), caseNumber(9), "pi-x", 0))
                .hasMessageStartingWith("training.error.alreadyEnrolled");
        assertThatThrownBy(() -> seats.confirm(caseNumber(2))).hasMessageStartingWith("training.error.wrongState");
    }
}
