package vn.unioncare.hardship;

import vn.unioncare.organisation.OrgLevel;
import vn.unioncare.security.OfficerRole;

/** The steps of a request that go to a union, and which officers of that union take them. */
public enum RoutingStep {
    REVIEW,
    APPROVAL,
    PAYMENT;

    /** Chairs review and approve below the city; at the city the welfare department does; finance officers pay. */
    public OfficerRole roleAt(OrgLevel level) {
        if (this == PAYMENT) {
            return OfficerRole.FINANCE;
        }
        return level == OrgLevel.CITY ? OfficerRole.WELFARE : OfficerRole.CHAIR;
    }
}
