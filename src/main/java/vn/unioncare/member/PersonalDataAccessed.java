package vn.unioncare.member;

/**
 * Published, in the caller's transaction, whenever a member's personal data is shown or exported; the audit log
 * records it (who and when from the signed-in user and the clock). A failure to record fails the view.
 */
public record PersonalDataAccessed(long memberId, PersonalDataPurpose purpose) {
}
