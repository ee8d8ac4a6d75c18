package vn.unioncare.training;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.CaseSummary;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.hardship.HardshipSteps;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.UserAccountService;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A job seeker without digital skills and without a matching vacancy is offered a course: the counsellor picks a
 * cohort, the job referral starts a training case for the member through its call activity, and the member, referred
 * from job referral, gets a seat at once and a case of the member's own union.
 */
@UnionCareSpringTest
class JobReferralToTrainingTest {

    @Autowired ApplicationContext context;
    @Autowired TrainingCatalogue catalogue;
    @Autowired Seats seats;
    @Autowired CaseStarter starter;
    @Autowired CaseRecords records;
    @Autowired HistoryService history;
    @Autowired OrganisationService organisation;
    @Autowired UserAccountService accounts;
    @Autowired Clock clock;

    @Test
    void aJobSeekerWhoAcceptsTheCourseIsEnrolledThroughTheJobReferralWithASeatAtOnce() {
        HardshipSteps steps = HardshipSteps.of(context);
        CohortView cohort = TrainingFixtures.cohort(catalogue, accounts, TrainingFixtures.CITY_COORDINATOR,
                TrainingFixtures.cohortDraft(TrainingFixtures.course(catalogue, accounts, "Kỹ năng số tìm việc "
                        + TrainingFixtures.tag(), CourseFormat.IN_PERSON).id(), TrainingFixtures.unit(organisation, "HLF"),
                        10, LocalDate.now(clock), 4, 6));
        Map<String, Object> profile = new HashMap<>(Map.of("employmentStatus", "unemployed", "reasonForLeaving",
                "Công ty thu hẹp sản xuất", "uiStatus", "receiving", "trade", "Thợ gốm", "skills", "nặn gốm",
                "desiredOccupation", "Nghệ nhân gốm sứ thủ công", "location", "Bát Tràng", "expectedSalary", 7_000_000,
                "availableFrom", LocalDate.now(clock).toString(), "digitalSkills", "none"));
        profile.put("consentToShare", false);
        StartedCase referral = steps.as("member", () -> starter.start("job-referral", profile));

        steps.complete("commune.officer", steps.awaitTask(referral, "Task_Counsel"), Map.of("counsellingDate",
                LocalDate.now(clock).toString(), "counsellingNotes", "Chưa có việc làm phù hợp; đề xuất học kỹ năng số"));
        steps.complete("commune.officer", steps.awaitTask(referral, "Task_OfferTraining"), Map.of(
                "acceptsTraining", true, "cohortId", String.valueOf(cohort.id()), "offerNotes", "Đoàn viên đồng ý"));

        HistoricProcessInstance training = await().atMost(Duration.ofSeconds(30)).until(() -> history
                .createHistoricProcessInstanceQuery().superProcessInstanceId(referral.processInstanceId())
                .singleResult(), found -> found != null);
        CaseSummary trainingCase = records.findByProcessInstance(training.getId()).orElseThrow();
        assertThat(trainingCase.caseNumber()).matches("DT-\\d{4}-\\d{6}");
        assertThat(trainingCase.orgUnitId()).isEqualTo(TrainingFixtures.unit(organisation, "CS-THCS-NGHIA-TAN"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(seats.enrollment(
                trainingCase.caseNumber())).hasValueSatisfying(enrollment -> {
                    assertThat(enrollment.status()).isEqualTo(EnrollmentStatus.CONFIRMED);
                    assertThat(enrollment.cohortId()).isEqualTo(cohort.id());
                    assertThat(enrollment.priority()).isEqualTo(2);
                }));
    }
}
