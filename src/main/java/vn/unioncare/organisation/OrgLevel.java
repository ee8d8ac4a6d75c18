package vn.unioncare.organisation;

/** Levels of the Vietnamese trade-union system below the national confederation. */
public enum OrgLevel {
    /** Provincial or city federation, e.g. the Hanoi Federation of Labour. */
    CITY,
    /** Union directly above grassroots: commune/ward, industry or industrial-park union. */
    DIRECT_SUPERIOR,
    /** Grassroots union of a school, hospital or enterprise; holds the members. */
    GRASSROOTS,
    /** Sub-unit union or union group below a grassroots union. */
    UNION_GROUP;

    /** The level a parent must have for a unit of this level. */
    public boolean mayBeChildOf(OrgLevel parent) {
        return parent.ordinal() < ordinal();
    }
}
