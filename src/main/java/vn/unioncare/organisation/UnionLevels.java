package vn.unioncare.organisation;

/**
 * The unions above a unit on a date, one per level: its grassroots union (the unit itself, or the one above a union
 * group), the union directly above grassroots (null where a grassroots union hangs directly under the city, as in
 * Hanoi after the 2025 dissolution of the district federations) and the city federation (null outside a city tree).
 */
public record UnionLevels(long grassrootsUnitId, Long directSuperiorUnitId, Long cityUnitId) {
}
