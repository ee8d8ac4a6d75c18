package vn.unioncare.casework;

/**
 * A case was opened or closed. Published inside the transaction that changes the case file, so listeners that
 * write (notifications, audit) commit or roll back with it.
 */
public record CaseStatusChanged(String caseNumber, String processInstanceId, String processKey, String startedBy,
                                Long memberId, CaseStatus status) {

    static CaseStatusChanged of(CaseSummary summary) {
        return new CaseStatusChanged(summary.caseNumber(), summary.processInstanceId(), summary.processKey(),
                summary.startedBy(), summary.memberId(), summary.status());
    }
}
