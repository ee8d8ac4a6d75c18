package vn.unioncare.casework;

import vn.unioncare.organisation.OrgUnitView;

import java.time.Instant;
import java.util.List;

/** A case in a list; {@code currentSteps} are the names of its open tasks, what the case is waiting for. */
public record CaseListRow(String caseNumber, String processKey, String processName, Long memberId, String memberName,
                          OrgUnitView union, CaseStatus status, String stage, Instant openedAt, Instant closedAt,
                          List<String> currentSteps) {
}
