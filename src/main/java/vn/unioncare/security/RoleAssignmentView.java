package vn.unioncare.security;

/** An officer's role at a unit; {@code appliesToSubtree} extends what they may see to the units below. */
public record RoleAssignmentView(long orgUnitId, String orgCode, OfficerRole role, boolean appliesToSubtree) {

    public CandidateGroup candidateGroup() {
        return new CandidateGroup(orgCode, role);
    }
}
