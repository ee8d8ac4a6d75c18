package vn.unioncare.training.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.unioncare.training.EnrollmentOutcomes;

import static vn.unioncare.training.process.TrainingVariables.*;

/** Issues the certificate of a certified member (once per case) and keeps its verification code with the case. */
@Component("trainingCertificate")
class TrainingCertificateDelegate implements JavaDelegate {

    private final EnrollmentOutcomes outcomes;

    TrainingCertificateDelegate(EnrollmentOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(VERIFICATION_CODE, outcomes.certify(caseNumber(execution),
                (String) execution.getVariable(MEMBER_NAME)).verificationCode());
    }
}
