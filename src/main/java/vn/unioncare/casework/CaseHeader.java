package vn.unioncare.casework;

import vn.unioncare.organisation.OrgUnitView;

import java.time.Instant;

/**
 * The facts at the top of a case file. {@code slaDue} is the earliest due date of its open tasks ({@code null} when
 * none has one); {@code overdue} whether that moment has passed.
 */
public record CaseHeader(String caseNumber, String processKey, String processName, Long memberId, String memberName,
                         OrgUnitView union, CaseStatus status, String stage, Instant openedAt, Instant closedAt, Instant slaDue,
                         boolean overdue) {
}
