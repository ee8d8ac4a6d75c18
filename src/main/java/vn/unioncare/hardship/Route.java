package vn.unioncare.hardship;

import vn.unioncare.organisation.OrgLevel;

/** Where a step of a request goes: the level, the union at that level and the candidate group of its officers. */
public record Route(OrgLevel level, long unitId, String unitCode, String unitName, String candidateGroup) {
}
