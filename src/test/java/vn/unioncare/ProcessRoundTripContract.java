package vn.unioncare;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process deployed from {@code processes/} at start-up runs end to end: the user task lands in the candidate group
 * of the right union, Camunda resolves that group from UnionCare's accounts, and history records the run.
 * Runs on H2 and on PostgreSQL.
 */
abstract class ProcessRoundTripContract {

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    TestRestTemplate rest;

    @Test
    void aProcessRunsFromStartToEndWithTheTaskInTheRightUnionsGroup() {
        ProcessInstance instance = runtime.startProcessInstanceByKey("foundation-roundtrip",
                Map.of("unionCode", "CS-THCS-NGHIA-TAN"));

        Task review = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(review.getName()).isEqualTo("Xem xét yêu cầu");
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).taskCandidateUser("school.chair").count())
                .isEqualTo(1);
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).taskCandidateUser("hospital.chair").count())
                .isZero();

        tasks.claim(review.getId(), "school.chair");
        tasks.complete(review.getId(), Map.of("note", "Đã xác minh hoàn cảnh gia đình"));

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        var finished = history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(finished.getEndTime()).isNotNull();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName("note")
                .singleResult().getValue()).isEqualTo("Đã xác minh hoàn cảnh gia đình");
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getAssignee()).isEqualTo("school.chair");
    }

    @Test
    void theEngineRestApiServesTheAdministrator() {
        var response = rest.withBasicAuth("admin", "demo")
                .getForEntity("/engine-rest/process-definition/key/foundation-roundtrip", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("Kiểm tra nền tảng");
    }
}
