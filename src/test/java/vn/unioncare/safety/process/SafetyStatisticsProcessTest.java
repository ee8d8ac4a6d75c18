package vn.unioncare.safety.process;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/**
 * The timers of {@code safety-statistics} (half year) and {@code safety-statistics-year} fire at 07:00 Hanoi time on 1 July (first half of the year) and on
 * 2 January (the year before), on an engine whose clock runs in UTC as the server's does; each sets its period and
 * the due day of the city's report, then the statistics are produced and the city safety officers send them.
 */
class SafetyStatisticsProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("engine-tests.cfg.xml").build();

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant DEPLOYED_AT = hanoi(2026, 11, 27, 10, 0);
    private static TimeZone serverZone;

    private final List<String> produced = new ArrayList<>();
    private String deploymentId;

    @BeforeAll
    static void engineClockInUtc() {
        serverZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneOffset.UTC));
    }

    @AfterAll
    static void restoreZone() {
        TimeZone.setDefault(serverZone);
    }

    @BeforeEach
    void deploy() {
        init(ENGINE.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(DEPLOYED_AT));
        Mocks.register("safetyStatisticsCase", (ExecutionListener) execution -> {
            execution.setVariable("orgUnitId", 1L);
            execution.setVariable("citySafetyGroup", "HLF:safety");
        });
        Mocks.register("safetyStatistics", (JavaDelegate) execution ->
                produced.add((String) execution.getVariable("statisticsPeriod")));
        deploymentId = repositoryService().createDeployment()
                .addClasspathResource("processes/safety-statistics.bpmn").deploy().getId();
    }

    @AfterEach
    void undeploy() {
        repositoryService().deleteDeployment(deploymentId, true);
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void halfYearTimerIsDueAtSevenInTheMorningOfTheFirstOfJulyInHanoi() {
        assertThat(timer("StartEvent_HalfYear").getDuedate().toInstant()).isEqualTo(hanoi(2027, 7, 1, 7, 0));
    }

    @Test
    void yearTimerIsDueAtSevenInTheMorningOfTheSecondOfJanuaryInHanoi() {
        assertThat(timer("StartEvent_Year").getDuedate().toInstant()).isEqualTo(hanoi(2027, 1, 2, 7, 0));
    }

    @Test
    void firstOfJulyReportsTheFirstHalfYearDueBeforeTheTenthOfJuly() {
        ProcessInstance run = fire("StartEvent_HalfYear");

        assertThat(run).isWaitingAt("HalfYear_Task_ProduceStatistics").variables().containsEntry("statisticsPeriod", "2027-H1")
                .containsEntry("orgUnitId", 1L);
        execute(job());
        assertThat(produced).containsExactly("2027-H1");
        assertThat(run).isWaitingAt("HalfYear_Task_SendStatistics");
        assertThat(task()).hasName("Gửi báo cáo thống kê").hasCandidateGroup("HLF:safety")
                .hasDueDate(Date.from(hanoi(2027, 7, 10, 0, 0)));
        complete(task());
        assertThat(run).hasPassedInOrder("StartEvent_HalfYear", "HalfYear_Task_ProduceStatistics",
                "HalfYear_Task_SendStatistics", "HalfYear_EndEvent_Sent").isEnded();
        assertThat(timer("StartEvent_HalfYear").getDuedate().toInstant()).isEqualTo(hanoi(2028, 7, 1, 7, 0));
    }

    @Test
    void secondOfJanuaryReportsTheYearBeforeDueBeforeTheTenthOfJanuary() {
        ProcessInstance run = fire("StartEvent_Year");

        assertThat(run).variables().containsEntry("statisticsPeriod", "2026");
        execute(job());
        assertThat(produced).containsExactly("2026");
        assertThat(task()).hasCandidateGroup("HLF:safety").hasDueDate(Date.from(hanoi(2027, 1, 10, 0, 0)));
        complete(task());
        assertThat(run).hasPassed("Year_EndEvent_Sent").isEnded();
    }

    /** Moves the clock to the timer's due time and runs it, as the job executor would; the instance it started. */
    private ProcessInstance fire(String startEvent) {
        Job timer = timer(startEvent);
        ClockUtil.setCurrentTime(timer.getDuedate());
        Mocks.register("safetyStatisticsPeriods",
                new SafetyStatisticsPeriods(Clock.fixed(timer.getDuedate().toInstant(), ZoneOffset.UTC)));
        managementService().executeJob(timer.getId());
        return runtimeService().createProcessInstanceQuery().singleResult();
    }

    private static Job timer(String startEvent) {
        return managementService().createJobQuery().timers().activityId(startEvent).singleResult();
    }

    private static Instant hanoi(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(HANOI).toInstant();
    }
}
