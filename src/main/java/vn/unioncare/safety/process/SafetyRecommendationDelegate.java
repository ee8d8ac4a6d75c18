package vn.unioncare.safety.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.organisation.OrgLevel;
import vn.unioncare.safety.RecordReview;
import vn.unioncare.safety.SafetyDocuments;

import static vn.unioncare.common.Values.asText;

/**
 * The union disagrees with the investigation record: its written recommendation to the authority, as a PDF filed
 * with the case. Runs asynchronously; a retried job files nothing twice.
 */
@Component("safetyRecommendation")
class SafetyRecommendationDelegate implements JavaDelegate {

    private final SafetyDocuments documents;

    SafetyRecommendationDelegate(SafetyDocuments documents) {
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        documents.issueRecommendation((String) execution.getVariable(CaseRecords.CASE_NUMBER),
                execution.getProcessInstanceId(),
                OrgLevel.valueOf(asText(execution.getVariable(SafetyVariables.LEAD_LEVEL))), new RecordReview(
                        asText(execution.getVariable(RecordReview.CAUSE)),
                        asText(execution.getVariable(RecordReview.RESPONSIBILITY)),
                        asText(execution.getVariable(RecordReview.COMPENSATION)),
                        asText(execution.getVariable(RecordReview.CORRECTIVE_MEASURES)),
                        asText(execution.getVariable(RecordReview.RECOMMENDATION)),
                        asText(execution.getVariable(RecordReview.AUTHORITY))));
    }
}
