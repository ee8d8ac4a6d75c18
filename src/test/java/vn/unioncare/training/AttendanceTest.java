package vn.unioncare.training;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.unioncare.DemoUnits;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.UserAccountService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@UnionCareSpringTest
@RecordApplicationEvents
class AttendanceTest {

    @Autowired
    Attendance attendance;
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
    @Autowired
    ApplicationEvents events;

    private final String tag = TrainingFixtures.tag();
    private CohortView cohort;
    private List<SessionView> sessions;

    /** A cohort of three sessions with three confirmed members A, B, C. */
    @BeforeEach
    void cohortWithThreeConfirmedMembers() {
        LocalDate today = LocalDate.now(clock);
        CourseView course = TrainingFixtures.course(catalogue, accounts, "Khóa điểm danh " + tag,
                CourseFormat.IN_PERSON);
        cohort = TrainingFixtures.cohort(catalogue, accounts, TrainingFixtures.CITY_COORDINATOR,
                TrainingFixtures.cohortDraft(course.id(), TrainingFixtures.unit(organisation, DemoUnits.WARD), 5,
                        today, 2, 4, 6));
        sessions = catalogue.sessions(cohort.id());
        List<Long> members = TrainingFixtures.activeMembers(jdbc, 3);
        for (int i = 0; i < 3; i++) {
            seats.request(cohort.id(), members.get(i), caseNumber(i), "pi-" + tag + "-" + i, 0);
            seats.confirm(caseNumber(i));
        }
    }

    private String caseNumber(int i) {
        return "DT-" + tag + "-" + "ABC".charAt(i);
    }

    private void record(int session, boolean a, boolean b, boolean c) {
        attendance.record(sessions.get(session).id(), Map.of(caseNumber(0), a, caseNumber(1), b, caseNumber(2), c));
    }

    private List<AbsenceThresholdReached> absenceEvents() {
        return events.stream(AbsenceThresholdReached.class).filter(e -> e.caseNumber().contains(tag)).toList();
    }

    @Test
    void theSecondAbsencePublishesTheEventOnceAndCorrectionsDoNotRepeatIt() {
        try (SignedIn ignored = SignedIn.as(accounts, TrainingFixtures.TRAINER)) {
            record(0, true, false, true);
            assertThat(absenceEvents()).isEmpty();

            record(1, true, false, false);
            assertThat(absenceEvents()).containsExactly(new AbsenceThresholdReached(caseNumber(1), "pi-" + tag + "-1",
                    2));

            record(1, true, false, false);
            record(2, true, false, false);
            assertThat(absenceEvents()).extracting(AbsenceThresholdReached::caseNumber, AbsenceThresholdReached::absences)
                    .containsExactly(tuple(caseNumber(1), 2), tuple(caseNumber(2), 2));

            AttendanceGrid grid = attendance.grid(cohort.id());
            assertThat(grid.sessions()).hasSize(3);
            assertThat(grid.rows()).filteredOn(r -> r.caseNumber().equals(caseNumber(1))).singleElement()
                    .satisfies(row -> {
                        assertThat(row.marks()).containsOnly(AttendanceMark.ABSENT);
                        assertThat(row.absences()).isEqualTo(3);
                    });
            assertThat(catalogue.cohort(cohort.id()).orElseThrow().status()).isEqualTo(CohortStatus.RUNNING);
        }
    }

    @Test
    void finishingIsRefusedWhileASessionOrAScoreIsMissingThenPublishesTheResults() {
        try (SignedIn ignored = SignedIn.as(accounts, TrainingFixtures.TRAINER)) {
            record(0, true, true, false);
            record(1, true, true, false);
            assertThatThrownBy(() -> attendance.finish(cohort.id()))
                    .isInstanceOfSatisfying(TrainingException.class, refused -> {
                        assertThat(refused.messageKey()).isEqualTo("training.error.cannotFinish");
                        assertThat(refused.arguments()).containsExactly(1L, 3L);
                    });
            record(2, true, false, true);
            assertThatThrownBy(() -> attendance.recordScores(cohort.id(), Map.of(caseNumber(0), 101)))
                    .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                            .extracting(FieldProblem::caseNumber, FieldProblem::messageKey)
                            .containsExactly(tuple(caseNumber(0), "training.error.score")));
            attendance.recordScores(cohort.id(), Map.of(caseNumber(0), 85, caseNumber(1), 60));
            assertThatThrownBy(() -> attendance.finish(cohort.id()))
                    .hasMessageStartingWith("training.error.cannotFinish");
            attendance.recordScores(cohort.id(), Map.of(caseNumber(2), 70));

            attendance.finish(cohort.id());

            assertThat(events.stream(CohortFinished.class).filter(e -> e.cohortId() == cohort.id()))
                    .singleElement().satisfies(finished -> assertThat(finished.results())
                            .containsExactlyInAnyOrder(
                                    new CohortResult(caseNumber(0), "pi-" + tag + "-0", 100, 85),
                                    new CohortResult(caseNumber(1), "pi-" + tag + "-1", 66, 60),
                                    new CohortResult(caseNumber(2), "pi-" + tag + "-2", 33, 70)));
            assertThat(catalogue.cohort(cohort.id()).orElseThrow().status()).isEqualTo(CohortStatus.FINISHED);
            assertThatThrownBy(() -> record(0, true, true, true)).hasMessageStartingWith("training.error.wrongState");

            attendance.recordRetakeScore(caseNumber(1), 75);
            assertThat(seats.enrollment(caseNumber(1))).hasValueSatisfying(e -> {
                assertThat(e.testScore()).isEqualTo(75);
                assertThat(e.retakeUsed()).isTrue();
            });
            assertThatThrownBy(() -> attendance.recordRetakeScore(caseNumber(1), 90))
                    .hasMessageStartingWith("training.error.retakeUsed");
        }
    }

    @Test
    void onlyTheTrainerOrACoordinatorKeepingTheCohortRecordsAndEverybodyMustBeMarked() {
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            assertThatThrownBy(() -> record(0, true, true, true)).hasMessageStartingWith("error.notFoundOrNoAccess");
            assertThatThrownBy(() -> attendance.grid(cohort.id())).hasMessageStartingWith("error.notFoundOrNoAccess");
        }
        try (SignedIn ignored = SignedIn.as(accounts, TrainingFixtures.CITY_COORDINATOR)) {
            assertThatThrownBy(() -> attendance.record(sessions.get(0).id(), Map.of(caseNumber(0), true)))
                    .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                            .extracting(FieldProblem::caseNumber).containsExactlyInAnyOrder(caseNumber(1),
                                    caseNumber(2)));
            record(0, true, true, true);
        }
        try (SignedIn ignored = SignedIn.as(accounts, TrainingFixtures.TRAINER)) {
            assertThat(attendance.grid(cohort.id()).rows()).allSatisfy(row ->
                    assertThat(row.marks()).containsExactly(AttendanceMark.PRESENT, AttendanceMark.NOT_RECORDED,
                            AttendanceMark.NOT_RECORDED));
        }
    }
}
