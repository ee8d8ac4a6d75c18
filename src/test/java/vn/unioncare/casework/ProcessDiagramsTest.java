package vn.unioncare.casework;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.casework.ProcessDiagrams.ProcessDiagram;
import vn.unioncare.casework.diagram.SchoolRequests;
import vn.unioncare.casework.diagram.SvgDocument;
import vn.unioncare.common.RefusedException;
import vn.unioncare.security.UserAccountService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@UnionCareSpringTest
class ProcessDiagramsTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    CaseStarter starter;
    @Autowired
    ProcessDiagrams diagrams;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;

    private StartedCase schoolMembersRequest() {
        return SchoolRequests.submitted(accounts, starter);
    }

    private ProcessDiagram diagramAs(String username, String caseNumber) {
        try (SignedIn ignored = SignedIn.as(accounts, username)) {
            return diagrams.forCase(caseNumber).orElseThrow();
        }
    }

    private static String state(ProcessDiagram diagram, String activityId) {
        return SvgDocument.parse(diagram.svg()).element(activityId).getAttribute("class");
    }

    private Task reviewOf(StartedCase started) {
        return tasks.createTaskQuery().processInstanceId(started.processInstanceId()).singleResult();
    }

    @Test
    void theMemberSeesTheirCaseWaitingAtTheReviewWithTheStartDone() {
        StartedCase request = schoolMembersRequest();

        ProcessDiagram diagram = diagramAs("member", request.caseNumber());

        assertThat(state(diagram, "Task_ReviewRequest")).contains("uc-bpmn-active");
        assertThat(state(diagram, "StartEvent_RequestReceived")).contains("uc-bpmn-completed");
        assertThat(state(diagram, "EndEvent_RequestReviewed")).isEqualTo("uc-bpmn-shape");
        assertThat(diagram.currentSteps()).containsExactly("Xem xét yêu cầu");
    }

    @Test
    void theChairOfAnotherUnionIsToldTheCaseIsNotFound() {
        StartedCase request = schoolMembersRequest();
        try (SignedIn ignored = SignedIn.as(accounts, "hospital.chair")) {
            assertThatThrownBy(() -> diagrams.forCase(request.caseNumber()))
                    .isInstanceOfSatisfying(RefusedException.class, e -> {
                        assertThat(e.status()).isEqualTo(404);
                        assertThat(e.messageKey()).isEqualTo("error.notFoundOrNoAccess");
                    });
        }
    }

    @Test
    void aFinishedCaseShowsEveryStepDoneAndNoCurrentStep() {
        StartedCase request = schoolMembersRequest();
        SchoolRequests.reviewed(tasks, request);

        ProcessDiagram diagram = diagramAs("school.chair", request.caseNumber());

        for (String step : new String[] {"StartEvent_RequestReceived", "Task_ReviewRequest",
                "EndEvent_RequestReviewed"}) {
            assertThat(state(diagram, step)).as(step).contains("uc-bpmn-completed");
        }
        assertThat(SvgDocument.parse(diagram.svg()).all("//g[contains(@class, 'uc-bpmn-active')]")).isEmpty();
        assertThat(diagram.currentSteps()).isEmpty();
    }

    @Test
    void aStepWithAnIncidentIsMarkedAsSuch() {
        StartedCase request = schoolMembersRequest();
        Incident incident = runtime.createIncident("unioncare-test", reviewOf(request).getExecutionId(), "diagram");
        try {
            ProcessDiagram diagram = diagramAs("school.chair", request.caseNumber());

            assertThat(state(diagram, "Task_ReviewRequest")).contains("uc-bpmn-incident");
            assertThat(diagram.currentSteps()).containsExactly("Xem xét yêu cầu");
        } finally {
            runtime.resolveIncident(incident.getId());
        }
    }
}
