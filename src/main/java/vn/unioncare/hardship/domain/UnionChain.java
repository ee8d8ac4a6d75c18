package vn.unioncare.hardship.domain;

import vn.unioncare.organisation.OrgLevel;

import java.util.Optional;

/**
 * The unions above a member as they stood when the case started: grassroots, the union directly above it (none
 * while a grassroots union hangs directly under the city, as in Hanoi after the 2025 dissolution of the district
 * federations) and the city federation.
 */
public record UnionChain(long grassrootsUnitId, Long superiorUnitId, Long cityUnitId) {

    /** The union that acts at a level: a missing direct-superior union passes its work to the city. */
    public Optional<Long> unitAt(OrgLevel level) {
        return switch (level) {
            case GRASSROOTS, UNION_GROUP -> Optional.of(grassrootsUnitId);
            case DIRECT_SUPERIOR -> Optional.ofNullable(superiorUnitId != null ? superiorUnitId : cityUnitId);
            case CITY -> Optional.ofNullable(cityUnitId);
        };
    }

    /** The next level up that has a union, if any. */
    public Optional<OrgLevel> above(OrgLevel level) {
        return switch (level) {
            case GRASSROOTS, UNION_GROUP -> Optional.of(superiorUnitId != null ? OrgLevel.DIRECT_SUPERIOR : OrgLevel.CITY)
                    .filter(l -> unitAt(l).isPresent());
            case DIRECT_SUPERIOR -> cityUnitId == null ? Optional.empty() : Optional.of(OrgLevel.CITY);
            case CITY -> Optional.empty();
        };
    }
}
