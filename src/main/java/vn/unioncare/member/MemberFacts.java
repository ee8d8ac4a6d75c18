package vn.unioncare.member;

/** What a process needs to know about a member: no national ID, no contact details. */
public record MemberFacts(long id, String cardNumber, String fullName, long orgUnitId, MemberStatus status) {
}
