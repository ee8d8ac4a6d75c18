package vn.unioncare.hardship.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;
import vn.unioncare.common.PublicHolidays;
import vn.unioncare.common.WorkingDays;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Stand-ins for the Spring beans the hardship BPMN calls, for path tests without Spring: each does to the process
 * variables what the real one does (see the delegates in this package) and records that it ran. The union chain is
 * school (grassroots) → ward union (direct superior) → city federation.
 */
public class FakeHardshipBeans {

    static final Map<String, String> UNION_AT_LEVEL = Map.of("GRASSROOTS", "CS-THCS-NGHIA-TAN",
            "DIRECT_SUPERIOR", "CD-P-CAU-GIAY", "CITY", "HLF");
    private static final List<String> LEVELS = List.of("GRASSROOTS", "DIRECT_SUPERIOR", "CITY");

    final List<String> stages = new ArrayList<>();
    final List<String> reminders = new ArrayList<>();
    final List<String> escalations = new ArrayList<>();
    final List<String> documents = new ArrayList<>();
    final List<String> outcomes = new ArrayList<>();
    final Deque<String> fundOutcomes = new ArrayDeque<>();
    String memberStatus = "ACTIVE";
    int recentGrants = 0;
    String duplicateWarning = null;
    boolean paid;
    boolean closed;

    /** The engine's expression language resolves {@code caseStage} to this. */
    public class Stages {
        public void enter(DelegateExecution execution, String stage) {
            stages.add(stage);
        }
    }

    public void register(Clock clock) {
        Mocks.register("workingDays", new WorkingDays(clock, new PublicHolidays(Map.of(2026, List.of()), List.of())));
        Mocks.register("caseStage", new Stages());
        Mocks.register("hardshipIntake", (ExecutionListener) execution -> {
            execution.setVariable("caseNumber", "HT-2026-000001");
            execution.setVariable("requesterUsername", "member");
            if (!execution.hasVariable("estimatedLoss")) {
                execution.setVariable("estimatedLoss", null);
            }
            route(execution, "review", "GRASSROOTS", "chair");
            execution.setVariable("eligibilityRuleVersion", latestVersion(execution, "hardship-eligibility"));
            execution.setVariable("approvalRuleVersion", latestVersion(execution, "hardship-approval-level"));
        });
        Mocks.register("hardshipEligibilityFacts", (JavaDelegate) execution -> {
            execution.setVariable("memberStatus", memberStatus);
            execution.setVariable("recentSameTypeGrants", recentGrants);
            execution.setVariable("duplicateWarning", duplicateWarning);
            if (execution.getVariable("providedDocuments") == null) {
                execution.setVariable("providedDocuments", new ArrayList<String>());
            }
        });
        Mocks.register("hardshipReviewRecorder", (TaskListener) task -> task.getExecution().removeVariable("reviewNotes"));
        Mocks.register("remindTask", (JavaDelegate) execution -> reminders.add((String) execution.getVariable("taskDefinitionKey")));
        Mocks.register("hardshipApprovalRouting", (JavaDelegate) execution -> {
            String level = (String) execution.getVariable("approvalLevel");
            route(execution, "approval", level, level.equals("CITY") ? "welfare" : "chair");
            route(execution, "payment", level, "finance");
        });
        Mocks.register("escalateToParentUnion", (JavaDelegate) execution -> {
            String routing = (String) execution.getVariable("routing");
            String level = (String) execution.getVariable(routing + "Level");
            int next = LEVELS.indexOf(level) + 1;
            escalations.add(routing + ":" + level);
            if (next < LEVELS.size()) {
                String above = LEVELS.get(next);
                route(execution, routing, above, routing.equals("payment") ? "finance"
                        : above.equals("CITY") ? "welfare" : "chair");
                if (routing.equals("approval")) {
                    route(execution, "payment", above, "finance");
                }
            }
        });
        Mocks.register("fundCheck", (JavaDelegate) execution -> execution.setVariable("fundOutcome",
                fundOutcomes.isEmpty() ? "committed" : fundOutcomes.poll()));
        Mocks.register("hardshipDocument", (JavaDelegate) execution -> documents.add((String) execution.getVariable("document")));
        Mocks.register("hardshipPayment", (JavaDelegate) execution -> paid = true);
        Mocks.register("hardshipOutcome", (JavaDelegate) execution -> outcomes.add(execution.getVariable("outcome")
                + ":" + execution.getVariable("rejectionReason")));
        Mocks.register("hardshipClosure", (ExecutionListener) execution -> closed = true);
    }

    private static int latestVersion(DelegateExecution execution, String decisionKey) {
        return execution.getProcessEngineServices().getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey(decisionKey).latestVersion().singleResult().getVersion();
    }

    private static void route(DelegateExecution execution, String routing, String level, String role) {
        execution.setVariable(routing + "Level", level);
        execution.setVariable(routing + "Group", UNION_AT_LEVEL.get(level) + ":" + role);
    }
}
