package vn.unioncare.hardship.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.hardship.HardshipDocuments;

/**
 * "Generate document" (element template): files the decision letter ({@code document} = decision) of the case.
 * Mark the task asynchronous so the PDF is made by the job executor and a failure becomes a retried job.
 */
@Component("hardshipDocument")
class HardshipDocumentDelegate implements JavaDelegate {

    static final String DOCUMENT = "document";

    private final HardshipDocuments documents;

    HardshipDocumentDelegate(HardshipDocuments documents) {
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = (String) execution.getVariable(CaseRecords.CASE_NUMBER);
        if (!"decision".equals(execution.getVariable(DOCUMENT))) {
            throw new IllegalArgumentException("document must be decision: " + execution.getVariable(DOCUMENT));
        }
        documents.issueDecision(caseNumber);
    }
}
