package vn.unioncare.bench;

/**
 * A generated grassroots union (or union group) with the union directly above it: what a cloned case needs to be
 * re-homed there. {@code firstMemberId}..{@code firstMemberId + memberCount - 1} are its members.
 */
record GeneratedUnion(long id, String code, long upperId, String upperCode, long firstMemberId, int memberCount) {
}
