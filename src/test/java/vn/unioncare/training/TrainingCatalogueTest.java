package vn.unioncare.training;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.unioncare.DemoUnits;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.OfficerRole;
import vn.unioncare.security.UserAccountService;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.unioncare.training.TrainingFixtures.CITY_COORDINATOR;

@UnionCareSpringTest
class TrainingCatalogueTest {

    @Autowired
    TrainingCatalogue catalogue;
    @Autowired
    UserAccountService accounts;
    @Autowired
    OrganisationService organisation;
    @Autowired
    Clock clock;

    private final String tag = TrainingFixtures.tag();

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private long ward() {
        return TrainingFixtures.unit(organisation, DemoUnits.WARD);
    }

    private List<FieldProblem> problemsOf(Runnable action) {
        try (SignedIn ignored = SignedIn.as(accounts, CITY_COORDINATOR)) {
            action.run();
        } catch (InvalidInputException invalid) {
            return invalid.problems();
        }
        throw new AssertionError("expected the input to be refused");
    }

    private int coursesTitled(String text) {
        try (SignedIn ignored = SignedIn.as(accounts, CITY_COORDINATOR)) {
            return catalogue.countCourses(text);
        }
    }

    @Test
    void aCourseWithHoursOutsideOneToTwoHundredIsRefusedAndNothingSaved() {
        for (int hours : new int[] {0, 201}) {
            List<FieldProblem> problems = problemsOf(() -> catalogue.createCourse(new CourseDraft(
                    "Khóa sai giờ " + tag, CourseTopic.AI_AT_WORK, CourseFormat.ONLINE, hours, null, null, true)));
            assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey)
                    .containsExactly(tuple(TrainingField.HOURS, "training.error.hours"));
        }
        List<FieldProblem> missing = problemsOf(() -> catalogue.createCourse(new CourseDraft(" ", null, null, null,
                null, null, true)));
        assertThat(missing).extracting(FieldProblem::field).containsExactlyInAnyOrder(TrainingField.TITLE,
                TrainingField.TOPIC, TrainingField.FORMAT, TrainingField.HOURS);
        assertThat(coursesTitled("Khóa sai giờ " + tag)).isZero();
    }

    @Test
    void aCohortWithNoSeatsIsRefusedAndNothingSaved() {
        CourseView course = TrainingFixtures.course(catalogue, accounts, "Khóa chỗ " + tag, CourseFormat.IN_PERSON);

        List<FieldProblem> problems = problemsOf(() -> catalogue.createCohort(
                TrainingFixtures.cohortDraft(course.id(), ward(), 0, today(), 5)));

        assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple(TrainingField.SEATS, "training.error.seats"));
        assertThat(catalogue.countOpenCohorts("Khóa chỗ " + tag)).isZero();
    }

    @Test
    void overlappingSessionsSessionsEndingBeforeTheyStartAndPastSessionsAreEachRefused() {
        CourseView course = TrainingFixtures.course(catalogue, accounts, "Khóa buổi " + tag, CourseFormat.IN_PERSON);
        LocalDate day = today().plusDays(5);
        List<SessionDraft> sessions = List.of(
                new SessionDraft(null, day, LocalTime.of(18, 0), LocalTime.of(20, 0), "Phòng 1"),
                new SessionDraft(null, day, LocalTime.of(19, 0), LocalTime.of(21, 0), "Phòng 1"),
                new SessionDraft(null, day.plusDays(1), LocalTime.of(10, 0), LocalTime.of(9, 0), "Phòng 1"),
                new SessionDraft(null, today().minusDays(1), LocalTime.of(8, 0), LocalTime.of(9, 0), "Phòng 1"),
                // touching the first one (20:00 to 21:00 after 18:00 to 20:00) is fine
                new SessionDraft(null, day, LocalTime.of(21, 0), LocalTime.of(22, 0), "Phòng 1"));

        List<FieldProblem> problems = problemsOf(() -> catalogue.createCohort(new CohortDraft(course.id(), ward(),
                TrainingFixtures.TRAINER, 10, today(), null, sessions)));

        assertThat(problems).extracting(FieldProblem::field, FieldProblem::index, FieldProblem::messageKey)
                .containsExactlyInAnyOrder(
                        tuple(TrainingField.SESSION_START, 1, "training.error.overlap"),
                        tuple(TrainingField.SESSION_END, 2, "training.error.endBeforeStart"),
                        tuple(TrainingField.SESSION_DATE, 3, "training.error.sessionPast"),
                        // the deadline (today) now also lies after the first session (yesterday)
                        tuple(TrainingField.ENROLLMENT_DEADLINE, -1, "training.error.deadlineAfterFirstSession"));
        assertThat(problems.stream().filter(p -> p.index() == 1).findFirst().orElseThrow().arguments())
                .containsExactly(1);
        assertThat(catalogue.countOpenCohorts("Khóa buổi " + tag)).isZero();
    }

    @Test
    void anEnrollmentDeadlineAfterTheFirstSessionIsRefused() {
        CourseView course = TrainingFixtures.course(catalogue, accounts, "Khóa hạn " + tag, CourseFormat.IN_PERSON);

        List<FieldProblem> problems = problemsOf(() -> catalogue.createCohort(new CohortDraft(course.id(), ward(),
                TrainingFixtures.TRAINER, 10, today().plusDays(6), null, TrainingFixtures.evenings(today(), 5, 7))));

        assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple(TrainingField.ENROLLMENT_DEADLINE, "training.error.deadlineAfterFirstSession"));
    }

    @Test
    void anOnlineCohortNeedsALinkAndAnUnknownTrainerIsRefused() {
        CourseView course = TrainingFixtures.course(catalogue, accounts, "Khóa mạng " + tag, CourseFormat.ONLINE);

        List<FieldProblem> problems = problemsOf(() -> catalogue.createCohort(new CohortDraft(course.id(), ward(),
                "khong.ton.tai", 10, today(), null, TrainingFixtures.evenings(today(), 5))));

        assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey).containsExactlyInAnyOrder(
                tuple(TrainingField.SESSION_PLACE, "training.error.link"),
                tuple(TrainingField.TRAINER, "training.error.unknownTrainer"));
    }

    @Test
    void aCoordinatorOfAnotherSubtreeCannotEditTheCohortWhileTheCityCoordinatorCan() {
        CourseView course = TrainingFixtures.course(catalogue, accounts, "Khóa phạm vi " + tag, CourseFormat.IN_PERSON);
        String wardCoordinator = TrainingFixtures.officer(accounts, DemoUnits.WARD, OfficerRole.TRAINING_COORDINATOR);
        String healthCoordinator = TrainingFixtures.officer(accounts, DemoUnits.HEALTH,
                OfficerRole.TRAINING_COORDINATOR);
        CohortDraft draft = TrainingFixtures.cohortDraft(course.id(), ward(), 10, today(), 5, 6);
        CohortView cohort = TrainingFixtures.cohort(catalogue, accounts, wardCoordinator, draft);
        CohortDraft moreSeats = new CohortDraft(course.id(), ward(), TrainingFixtures.TRAINER, 12,
                draft.enrollmentDeadline(), null, catalogue.sessions(cohort.id()).stream().map(SessionDraft::of).toList());

        try (SignedIn ignored = SignedIn.as(accounts, healthCoordinator)) {
            assertThatThrownBy(() -> catalogue.updateCohort(cohort.id(), moreSeats))
                    .isInstanceOf(NotACoordinatorException.class)
                    .hasMessageStartingWith("training.error.notCoordinator");
            assertThat(catalogue.managedCohorts("Khóa phạm vi " + tag, 0, 10)).isEmpty();
            assertThatThrownBy(() -> catalogue.createCohort(draft)).isInstanceOf(NotACoordinatorException.class);
        }
        try (SignedIn ignored = SignedIn.as(accounts, "commune.officer")) {
            assertThatThrownBy(() -> catalogue.createCourse(new CourseDraft("Khóa không quyền " + tag,
                    CourseTopic.AI_AT_WORK, CourseFormat.ONLINE, 4, null, null, true)))
                    .isInstanceOf(NotACoordinatorException.class);
        }
        try (SignedIn ignored = SignedIn.as(accounts, CITY_COORDINATOR)) {
            assertThat(catalogue.updateCohort(cohort.id(), moreSeats).seats()).isEqualTo(12);
        }
        try (SignedIn ignored = SignedIn.as(accounts, wardCoordinator)) {
            assertThat(catalogue.managedCohorts("phạm vi " + tag, 0, 10)).extracting(CohortView::id)
                    .containsExactly(cohort.id());
        }
        try (SignedIn ignored = SignedIn.as(accounts, TrainingFixtures.TRAINER)) {
            assertThat(catalogue.managedCohorts("pham vi " + tag, 0, 10)).extracting(CohortView::id)
                    .containsExactly(cohort.id());
            assertThat(catalogue.mayEditCohort(cohort)).isFalse();
            assertThat(catalogue.mayRecordAttendance(cohort)).isTrue();
        }
    }

    @Test
    void membersFindOpenCohortsByCourseTitleWithoutDiacritics() {
        CourseView course = TrainingFixtures.course(catalogue, accounts, "Nhận diện lừa đảo " + tag,
                CourseFormat.IN_PERSON);
        CohortView cohort = TrainingFixtures.cohort(catalogue, accounts, CITY_COORDINATOR,
                TrainingFixtures.cohortDraft(course.id(), ward(), 8, today(), 4, 11));

        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            assertThat(catalogue.openCohorts("nhan dien lua dao " + tag, 0, 10)).singleElement().satisfies(c -> {
                assertThat(c.id()).isEqualTo(cohort.id());
                assertThat(c.firstSession()).isEqualTo(today().plusDays(4));
                assertThat(c.lastSession()).isEqualTo(today().plusDays(11));
                assertThat(c.seats()).isEqualTo(8);
                assertThat(c.seatsTaken()).isZero();
                assertThat(c.orgUnitName()).isEqualTo("Công đoàn phường Cầu Giấy");
            });
            assertThat(catalogue.countOpenCohorts("LỪA ĐẢO " + tag)).isEqualTo(1);
        }
        assertThat(catalogue.sessions(cohort.id())).extracting(SessionView::date)
                .containsExactly(today().plusDays(4), today().plusDays(11));
    }
}
