package vn.unioncare.bench.bare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The beans the hardship BPMN's expressions name, for the bare engine: exactly what the engine needs to run the
 * path start → review → approve → pay, and nothing else. Listeners and delegates that only do UnionCare's work
 * (recording the request, the review, the documents, the payment, the case stage, reminders, escalation) do
 * nothing; the rest set only the variables that the process's gateways, decision tables and task expressions read
 * (candidate groups, the pinned decision versions, the facts the eligibility table decides on, the fund outcome).
 * So the baseline's cost is the engine's own: parsing nothing, executing the BPMN, evaluating both DMN tables,
 * running its asynchronous continuations and writing its runtime and history rows.
 * <p>
 * Not a {@code @Configuration} (see {@link BareCamundaApplication}).
 */
class BareHardshipBeans {

    static final String UNION_CHAIR = "CS-DT-THANG-LONG:chair";
    static final String UNION_FINANCE = "CS-DT-THANG-LONG:finance";

    private final Map<String, Integer> decisionVersions = new ConcurrentHashMap<>();

    @Bean
    ExecutionListener hardshipIntake() {
        return execution -> {
            execution.setVariable("reviewGroup", UNION_CHAIR);
            execution.setVariable("eligibilityRuleVersion", latestVersion(execution, "hardship-eligibility"));
            execution.setVariable("approvalRuleVersion", latestVersion(execution, "hardship-approval-level"));
            if (!execution.hasVariable("estimatedLoss")) {
                execution.setVariable("estimatedLoss", null);
            }
        };
    }

    @Bean
    JavaDelegate hardshipEligibilityFacts() {
        return execution -> {
            execution.setVariable("memberStatus", "ACTIVE");
            execution.setVariable("recentSameTypeGrants", 0);
        };
    }

    @Bean
    JavaDelegate hardshipApprovalRouting() {
        return execution -> {
            execution.setVariable("approvalGroup", UNION_CHAIR);
            execution.setVariable("paymentGroup", UNION_FINANCE);
        };
    }

    @Bean
    JavaDelegate fundCheck() {
        return execution -> execution.setVariable("fundOutcome", "committed");
    }

    /** The listeners and delegates that only do UnionCare's work, under the names the BPMN gives them. */
    @Bean
    static BeanFactoryPostProcessor doingNothing() {
        Nothing nothing = new Nothing();
        return factory -> List.of("hardshipReviewRecorder", "hardshipClosure", "hardshipDocument", "hardshipPayment",
                "hardshipOutcome", "remindTask", "escalateToParentUnion")
                .forEach(name -> factory.registerSingleton(name, nothing));
    }

    @Bean
    Stages caseStage() {
        return new Stages();
    }

    @Bean
    Days workingDays() {
        return new Days();
    }

    private int latestVersion(DelegateExecution execution, String decisionKey) {
        return decisionVersions.computeIfAbsent(decisionKey, key -> execution.getProcessEngineServices()
                .getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion()
                .singleResult().getVersion());
    }

    /** A listener or delegate that does nothing. */
    static final class Nothing implements JavaDelegate, ExecutionListener, TaskListener {
        @Override
        public void execute(DelegateExecution execution) {
            // UnionCare's work, not the engine's
        }

        @Override
        public void notify(DelegateExecution execution) {
            // UnionCare's work, not the engine's
        }

        @Override
        public void notify(DelegateTask task) {
            // UnionCare's work, not the engine's
        }
    }

    /** {@code ${caseStage.enter(execution, 'stage')}}: UnionCare shows the stage to members; the engine needs nothing. */
    public static class Stages {
        public void enter(DelegateExecution execution, String stage) {
            // nothing: the stage is UnionCare's
        }
    }

    /** {@code ${workingDays.after(n)}}: due dates and timers; calendar days are enough for the engine. */
    public static class Days {
        public Date after(int days) {
            return Date.from(Instant.now().plus(Duration.ofDays(days)));
        }
    }
}
