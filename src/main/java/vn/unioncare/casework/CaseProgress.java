package vn.unioncare.casework;

import java.time.Instant;

/**
 * How far a case has come, and nothing else about it: what a reporter who holds a tracking code may see.
 *
 * @param stage where the case stands in its process's words (message key {@code case.stage.<stage>}); may be null
 */
public record CaseProgress(String caseNumber, String processKey, CaseStatus status, String stage, Instant createdAt,
                           Instant closedAt) {
}
