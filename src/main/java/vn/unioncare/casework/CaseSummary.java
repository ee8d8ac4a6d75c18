package vn.unioncare.casework;

import java.time.Instant;

/** A case file as lists and the API show it. */
public record CaseSummary(long id, String caseNumber, String processKey, String processInstanceId, Long memberId,
                          Long orgUnitId, String startedBy, CaseStatus status, Instant createdAt) {
}
