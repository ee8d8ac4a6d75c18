package vn.unioncare.training;

/**
 * A confirmed member's result when the cohort finishes: the share of sessions attended (rounded down, so 79.9 %
 * stays 79) and the test score.
 */
public record CohortResult(String caseNumber, String processInstanceId, int attendancePercent, Integer testScore) {
}
