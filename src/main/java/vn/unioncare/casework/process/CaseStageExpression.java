package vn.unioncare.casework.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.CaseRecords;

/**
 * Lets a BPMN name the stage its case has reached, which members and officers see in their lists:
 * an execution listener {@code ${caseStage.enter(execution, 'inReview')}}. Each stage has its text under
 * {@code case.stage.<stage>} in the message bundles.
 */
@Component("caseStage")
public class CaseStageExpression {

    private final CaseRecords records;

    CaseStageExpression(CaseRecords records) {
        this.records = records;
    }

    public void enter(DelegateExecution execution, String stage) {
        if (stage == null || !stage.matches("[A-Za-z][A-Za-z0-9-]{0,39}")) {
            throw new IllegalArgumentException("A case stage is a short name of letters, digits and '-': " + stage);
        }
        records.enterStage(execution.getProcessInstanceId(), stage);
    }
}
