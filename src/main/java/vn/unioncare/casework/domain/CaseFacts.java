package vn.unioncare.casework.domain;

import vn.unioncare.casework.CaseStatus;

import java.time.Instant;

/** A case file row with its member's name, as the case lists and the case page read it. */
public record CaseFacts(long id, String caseNumber, String processKey, String processInstanceId, Long memberId,
                        String memberName, Long orgUnitId, CaseStatus status, String stage, Instant createdAt,
                        Instant closedAt) {
}
