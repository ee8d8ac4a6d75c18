package vn.unioncare.hardship;

/**
 * What the eligibility table needs to know about a request: the member's status, how many grants of the same type
 * they had in the last 12 months, and a warning naming parallel requests of the same type in any union (null when
 * there are none).
 */
public record EligibilityFacts(String memberStatus, int recentSameTypeGrants, String duplicateWarning) {
}
