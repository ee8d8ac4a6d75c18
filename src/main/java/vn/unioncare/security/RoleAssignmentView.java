package vn.unioncare.security;

/**
 * An officer's role at a unit; {@code appliesToSubtree} extends what they may see to the units below.
 * {@code orgLevel} is the unit's level name (CITY, DIRECT_SUPERIOR, GRASSROOTS, UNION_GROUP).
 */
public record RoleAssignmentView(long orgUnitId, String orgCode, String orgLevel, OfficerRole role,
                                 boolean appliesToSubtree) {

    /** Supervising the unions below: a subtree role at the city federation or a union directly above grassroots. */
    public boolean supervises() {
        return appliesToSubtree && ("CITY".equals(orgLevel) || "DIRECT_SUPERIOR".equals(orgLevel));
    }

    public CandidateGroup candidateGroup() {
        return new CandidateGroup(orgCode, role);
    }
}
