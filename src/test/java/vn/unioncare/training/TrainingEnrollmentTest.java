package vn.unioncare.training;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.member.MemberService;
import vn.unioncare.notification.NotificationKind;
import vn.unioncare.notification.Notifications;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.UserAccountService;
import vn.unioncare.tasks.TaskForms;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The enrollment process on the whole application: nominations fill the seats and the waitlist, a cancellation
 * promotes the first waitlisted member who hears of it, a self-enrollment is confirmed by the grassroots chair, the
 * trainer's attendance starts an absence review, and finishing the cohort certifies the member with a certificate that
 * verifies, while a member who missed the sessions does not complete.
 */
@UnionCareSpringTest
class TrainingEnrollmentTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String SCHOOL = "CS-THCS-NGHIA-TAN";

    @Autowired TrainingCatalogue catalogue;
    @Autowired Enrollments enrollments;
    @Autowired vn.unioncare.casework.CaseStarter starter;
    @Autowired Seats seats;
    @Autowired TrainingFigures figures;
    @Autowired Attendance attendance;
    @Autowired Certificates certificates;
    @Autowired Notifications notifications;
    @Autowired MemberService members;
    @Autowired OrganisationService organisation;
    @Autowired UserAccountService accounts;
    @Autowired TaskForms taskForms;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired org.camunda.bpm.engine.HistoryService history;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void aChairNominatesTenIntoEightSeatsAndACancellationPromotesTheFirstWaitlistedMemberWhoIsNotified() {
        CohortView cohort = cohortOf(8, 3, 5);
        long member = ownMemberId("member");
        List<Long> others = schoolMembersOtherThan(member, 9);

        List<StartedCase> confirmed = nominate(cohort, others.subList(0, 8));
        awaitStatus(confirmed, EnrollmentStatus.CONFIRMED);
        StartedCase firstWaiting = nominate(cohort, List.of(member)).get(0);
        awaitStatus(List.of(firstWaiting), EnrollmentStatus.WAITLISTED);
        StartedCase secondWaiting = nominate(cohort, others.subList(8, 9)).get(0);
        awaitStatus(List.of(secondWaiting), EnrollmentStatus.WAITLISTED);
        assertThat(catalogue.cohort(cohort.id()).orElseThrow()).extracting(CohortView::seatsTaken, CohortView::waitlisted)
                .containsExactly(8, 2);

        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            enrollments.cancel(confirmed.get(3).caseNumber());
        }

        awaitStatus(List.of(confirmed.get(3)), EnrollmentStatus.CANCELLED);
        awaitStatus(List.of(firstWaiting), EnrollmentStatus.CONFIRMED);
        assertThat(status(secondWaiting)).isEqualTo(EnrollmentStatus.WAITLISTED);
        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            await().pollInSameThread().atMost(PATIENCE).until(() -> notifications.latest(50).stream().anyMatch(n ->
                    n.kind() == NotificationKind.TRAINING_ENROLLED && n.text().contains(firstWaiting.caseNumber())));
        }
    }

    @Test
    void aSelfEnrolledMemberIsConfirmedByTheChairCertifiedAfterTheCourseAndTheCertificateVerifies() {
        CohortView cohort = aiCohortOf(5, 2, 4);
        List<Long> aiBefore = aiAtWorkFigures();
        StartedCase own;
        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            own = enrollments.enroll(cohort.id(), "Để làm thủ tục hành chính trên VNeID");
        }
        Task confirmation = awaitTask(own, "Task_ConfirmNomination");
        assertThat(tasks.getIdentityLinksForTask(confirmation.getId()))
                .anyMatch(link -> (SCHOOL + ":chair").equals(link.getGroupId()));
        complete("school.chair", confirmation, Map.of("nominationDecision", "nominate"));
        StartedCase absent = nominate(cohort, schoolMembersOtherThan(ownMemberId("member"), 1)).get(0);
        awaitStatus(List.of(own, absent), EnrollmentStatus.CONFIRMED);

        List<SessionView> sessions = catalogue.sessions(cohort.id());
        try (SignedIn ignored = SignedIn.as(accounts, TrainingFixtures.TRAINER)) {
            for (SessionView session : sessions) {
                attendance.record(session.id(), Map.of(own.caseNumber(), true, absent.caseNumber(), false));
            }
        }
        Task review = awaitTask(absent, "Task_ReviewAbsences");
        assertThat(review.getAssignee()).isEqualTo(TrainingFixtures.TRAINER);
        complete(TrainingFixtures.TRAINER, review, Map.of("absenceDecision", "continue",
                "absenceNote", "Đã gọi điện, học viên ốm"));

        try (SignedIn ignored = SignedIn.as(accounts, TrainingFixtures.TRAINER)) {
            attendance.recordScores(cohort.id(), Map.of(own.caseNumber(), 88, absent.caseNumber(), 90));
            attendance.finish(cohort.id());
        }

        awaitStatus(List.of(own), EnrollmentStatus.CERTIFIED);
        awaitStatus(List.of(absent), EnrollmentStatus.INCOMPLETE);
        IssuedCertificate certificate = await().atMost(PATIENCE).until(() -> certificates.forCase(own.caseNumber()),
                found -> found.isPresent()).orElseThrow();
        assertThat(certificates.verify(certificate.verificationCode())).hasValueSatisfying(verified -> {
            assertThat(verified.holderName()).isEqualTo("Nguyễn Văn An");
            assertThat(verified.courseTitle()).isEqualTo(cohort.courseTitle());
            assertThat(verified.issuingUnion()).isEqualTo(cohort.orgUnitName());
        });
        assertThat(aiAtWorkFigures()).as("AI at work: enrolled, attended, certified in the city's figures")
                .containsExactly(aiBefore.get(0) + 2, aiBefore.get(1) + 1, aiBefore.get(2) + 1);
        assertThat(management.createJobQuery().processInstanceId(own.processInstanceId())
                .activityId("Timer_Feedback").singleResult().getDuedate())
                .isAfter(java.util.Date.from(clock.instant().plus(Duration.ofDays(6))));
    }

    @Test
    void twentyMembersEnrollingAtOnceInFiveSeatsGetFiveSeatsAndFifteenWaitlistPlaces() {
        CohortView cohort = cohortOf(5, 3);
        List<Long> twenty = jdbc.queryForList("select m.id from member m join org_unit u on u.id = m.org_unit_id"
                + " where u.code in ('CS-THCS-NGHIA-TAN', 'CS-BV-XANH-PON') and m.status = 'ACTIVE' order by m.id"
                + " limit 20", Long.class);
        assertThat(twenty).hasSize(20);

        List<StartedCase> cases = new ArrayList<>();
        try (SignedIn ignored = SignedIn.as(accounts, "admin")) {
            for (long memberId : twenty) {
                cases.add(starterOnBehalf(cohort, memberId));
            }
        }

        await().atMost(PATIENCE.multipliedBy(2)).untilAsserted(() -> assertThat(cases).allSatisfy(started ->
                assertThat(status(started)).isIn(EnrollmentStatus.CONFIRMED, EnrollmentStatus.WAITLISTED)));
        assertThat(cases.stream().filter(c -> status(c) == EnrollmentStatus.CONFIRMED)).hasSize(5);
        assertThat(cases.stream().filter(c -> status(c) == EnrollmentStatus.WAITLISTED)).hasSize(15);
        assertThat(catalogue.cohort(cohort.id()).orElseThrow()).extracting(CohortView::seatsTaken, CohortView::waitlisted)
                .containsExactly(5, 15);
    }

    @Test
    void anOfficerWithoutAGrassrootsRoleCannotNominateAndNobodyNominatesIntoAClosedCohort() {
        CohortView cohort = cohortOf(5, 2);
        List<Long> someone = schoolMembersOtherThan(ownMemberId("member"), 1);

        try (SignedIn ignored = SignedIn.as(accounts, "hlf.training")) {
            assertThatThrownBy(() -> enrollments.nominate(cohort.id(), someone))
                    .hasMessageStartingWith("training.error.mayNotNominate");
        }
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            assertThatThrownBy(() -> enrollments.nominate(-1, someone))
                    .hasMessageStartingWith("training.error.cohortClosed");
            assertThatThrownBy(() -> enrollments.nominate(cohort.id(), List.of()))
                    .hasMessageStartingWith("training.error.nominationSize");
        }
    }

    @Test
    void anEnrollmentInACohortThatDoesNotExistIsRefusedAsClosedWithoutAnIncident() {
        StartedCase typed;
        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            typed = starter.start(Enrollments.PROCESS_KEY, Map.of("cohortId", "987654321"));
        }

        await().atMost(PATIENCE).until(() -> runtime.createProcessInstanceQuery()
                .processInstanceId(typed.processInstanceId()).count() == 0);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(typed.processInstanceId())
                .activityId("EndEvent_Rejected").count()).isEqualTo(1);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(typed.processInstanceId())
                .variableName("decision").singleResult().getValue()).isEqualTo("reject-closed");
        assertThat(seats.enrollment(typed.caseNumber())).isEmpty();
    }

    @Test
    void aChairCannotNominateAMemberOfAnotherUnionAndNoCaseIsOpenedForAnyoneInTheList() {
        CohortView cohort = cohortOf(5, 2);
        List<Long> school = schoolMembersOtherThan(ownMemberId("member"), 1);
        long hospitalMember = ownMemberId("hospital.member");
        long casesBefore = jdbc.queryForObject("select count(*) from case_file", Long.class);

        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            assertThatThrownBy(() -> enrollments.nominate(cohort.id(), List.of(school.get(0), hospitalMember)))
                    .hasMessageStartingWith("error.notFoundOrNoAccess");
        }

        assertThat(jdbc.queryForObject("select count(*) from case_file", Long.class)).isEqualTo(casesBefore);
        assertThat(catalogue.cohort(cohort.id()).orElseThrow().seatsTaken()).isZero();
    }

    @Test
    void aMemberCannotCancelAnotherMembersEnrollment() {
        CohortView cohort = cohortOf(5, 2);
        StartedCase other = nominate(cohort, schoolMembersOtherThan(ownMemberId("member"), 1)).get(0);
        awaitStatus(List.of(other), EnrollmentStatus.CONFIRMED);

        try (SignedIn ignored = SignedIn.as(accounts, "hospital.member")) {
            assertThatThrownBy(() -> enrollments.cancel(other.caseNumber()))
                    .hasMessageStartingWith("error.notFoundOrNoAccess");
        }
        assertThat(status(other)).isEqualTo(EnrollmentStatus.CONFIRMED);
    }

    private CohortView cohortOf(int seats, int... sessionDaysAhead) {
        CourseView course = TrainingFixtures.course(catalogue, accounts, "Khóa thử " + TrainingFixtures.tag(),
                CourseFormat.IN_PERSON);
        return TrainingFixtures.cohort(catalogue, accounts, TrainingFixtures.CITY_COORDINATOR,
                TrainingFixtures.cohortDraft(course.id(), TrainingFixtures.unit(organisation, "HLF"), seats,
                        LocalDate.now(clock), sessionDaysAhead));
    }

    /** Started one by one, so that twenty eligibility jobs are decided by the job executor at the same time. */
    private StartedCase starterOnBehalf(CohortView cohort, long memberId) {
        return starter.start(Enrollments.PROCESS_KEY, Map.of("cohortId", String.valueOf(cohort.id()),
                "memberId", String.valueOf(memberId)));
    }

    /** A cohort of the one topic no other test enrolls in, so that its figures move only with this test. */
    private CohortView aiCohortOf(int seats, int... sessionDaysAhead) {
        try (SignedIn ignored = SignedIn.as(accounts, TrainingFixtures.CITY_COORDINATOR)) {
            CourseView course = catalogue.createCourse(new CourseDraft("AI trong văn phòng " + TrainingFixtures.tag(),
                    CourseTopic.AI_AT_WORK, CourseFormat.IN_PERSON, 8, null, "Khóa học thử", true));
            return catalogue.createCohort(TrainingFixtures.cohortDraft(course.id(),
                    TrainingFixtures.unit(organisation, "HLF"), seats, LocalDate.now(clock), sessionDaysAhead));
        }
    }

    private List<Long> aiAtWorkFigures() {
        List<vn.unioncare.casework.FigureTable> tables = figures.figures(TrainingFixtures.unit(organisation, "HLF"),
                vn.unioncare.casework.StatisticsPeriod.lastDays(30, LocalDate.now(clock)),
                java.util.Locale.forLanguageTag("vi"));
        return tables.get(1).rows().stream().filter(row -> row.labels().contains("Trí tuệ nhân tạo trong công việc"))
                .map(vn.unioncare.casework.FigureTable.Row::values).findFirst().orElse(List.of(0L, 0L, 0L));
    }

    private List<StartedCase> nominate(CohortView cohort, List<Long> memberIds) {
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            return enrollments.nominate(cohort.id(), memberIds).cases();
        }
    }

    private long ownMemberId(String account) {
        try (SignedIn ignored = SignedIn.as(accounts, account)) {
            return members.findOwnRecord().orElseThrow().id();
        }
    }

    private List<Long> schoolMembersOtherThan(long excluded, int count) {
        return new ArrayList<>(jdbc.queryForList("select m.id from member m join org_unit u on u.id = m.org_unit_id"
                + " where u.code = ? and m.status = 'ACTIVE' and m.id <> ? order by m.id limit ?", Long.class,
                SCHOOL, excluded, count));
    }

    private EnrollmentStatus status(StartedCase started) {
        return seats.enrollment(started.caseNumber()).map(EnrollmentView::status).orElse(null);
    }

    private void awaitStatus(List<StartedCase> cases, EnrollmentStatus expected) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(cases).allSatisfy(started ->
                assertThat(status(started)).as(started.caseNumber()).isEqualTo(expected)));
    }

    private Task awaitTask(StartedCase started, String taskDefinitionKey) {
        return await().atMost(PATIENCE).until(() -> tasks.createTaskQuery()
                .processInstanceId(started.processInstanceId()).taskDefinitionKey(taskDefinitionKey).singleResult(),
                task -> task != null);
    }

    private void complete(String account, Task task, Map<String, ?> form) {
        try (SignedIn ignored = SignedIn.as(accounts, account)) {
            taskForms.complete(task.getId(), form);
        }
    }
}
