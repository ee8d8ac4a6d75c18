package vn.unioncare.member;

public enum MemberStatus {
    ACTIVE,
    /** Dues unpaid or membership paused; may not receive new assistance until active again. */
    SUSPENDED,
    /** Left the union or moved to a union outside UnionCare. */
    LEFT,
    DECEASED
}
