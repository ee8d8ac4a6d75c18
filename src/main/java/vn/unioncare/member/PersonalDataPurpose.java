package vn.unioncare.member;

/** Why a member's personal data (the full record, national ID included) was shown or handed out: the audit's "why". */
public enum PersonalDataPurpose {
    /** The member opened their own record in the portal. */
    OWN_RECORD,
    /** An officer or administrator opened the member's record page. */
    MEMBER_RECORD,
    /** The member downloaded everything UnionCare holds about them. */
    DATA_EXPORT
}
