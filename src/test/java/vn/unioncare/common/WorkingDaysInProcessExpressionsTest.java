package vn.unioncare.common;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.unioncare.UnionCareSpringTest;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/** The one Spring test of the calendar: the bean exists under the name BPMN uses, built from application.properties. */
@UnionCareSpringTest
class WorkingDaysInProcessExpressionsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Clock clock;

    @Test
    void theBeanNamedWorkingDaysKnowsTheConfiguredTetBreak() {
        WorkingDays workingDays = context.getBean("workingDays", WorkingDays.class);

        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 2, 17))).isFalse();
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 2, 13), 3)).isEqualTo(LocalDate.of(2026, 2, 25));
    }

    @Test
    void aTimerExpressionInTheEngineGetsTheSameTimeOfDayThreeWorkingDaysAhead() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        Expression expression = configuration.getExpressionManager().createExpression("${workingDays.after(3)}");
        ZonedDateTime before = clock.instant().atZone(TimeConfiguration.HANOI);

        Object value = configuration.getCommandExecutorTxRequired().execute(
                command -> expression.getValue(StartProcessVariableScope.getSharedInstance()));

        Duration elapsed = Duration.between(before.toInstant(), clock.instant());
        WorkingDays workingDays = context.getBean(WorkingDays.class);
        ZonedDateTime expected = before.with(workingDays.addWorkingDays(before.toLocalDate(), 3));
        assertThat(value).isInstanceOf(Date.class);
        assertThat(((Date) value).toInstant())
                .isBetween(expected.toInstant().truncatedTo(ChronoUnit.MILLIS), expected.toInstant().plus(elapsed));
    }
}
