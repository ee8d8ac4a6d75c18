package vn.unioncare.hardship.process;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.hardship.HardshipCasework;
import vn.unioncare.hardship.HardshipDocuments;

import static vn.unioncare.common.Values.asText;

/** Books the payment against the fund, files the receipt signed by the officer who paid, and tells the member. */
@Component("hardshipPayment")
class PaymentDelegate implements JavaDelegate {

    static final String DISBURSE_TASK = "Task_Disburse";

    private final HardshipCasework casework;
    private final HardshipDocuments documents;
    private final HistoryService history;

    PaymentDelegate(HardshipCasework casework, HardshipDocuments documents, HistoryService history) {
        this.casework = casework;
        this.documents = documents;
        this.history = history;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = (String) execution.getVariable(CaseRecords.CASE_NUMBER);
        casework.recordPayment(caseNumber, asText(execution.getVariable(HardshipVariables.PAYMENT_METHOD)),
                asText(execution.getVariable(HardshipVariables.PAYMENT_REFERENCE)));
        documents.issueReceipt(caseNumber, paidBy(execution));
    }

    private String paidBy(DelegateExecution execution) {
        return history.createHistoricTaskInstanceQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(DISBURSE_TASK).finished().orderByHistoricTaskInstanceEndTime().desc().list()
                .stream().findFirst().map(HistoricTaskInstance::getAssignee).orElse(null);
    }
}
