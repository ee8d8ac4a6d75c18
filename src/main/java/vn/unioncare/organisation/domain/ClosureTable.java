package vn.unioncare.organisation.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * Keeps {@code org_unit_closure} in step with the current parent links, set-wise in SQL:
 * a re-parenting of a unit with thousands of descendants is two statements.
 */
@Component
public class ClosureTable {

    private final JdbcTemplate jdbc;

    public ClosureTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void addRoot(long unitId) {
        jdbc.update("insert into org_unit_closure (ancestor_id, descendant_id, distance) values (?, ?, 0)", unitId, unitId);
    }

    public void addLeaf(long unitId, long parentId) {
        addRoot(unitId);
        jdbc.update("""
                insert into org_unit_closure (ancestor_id, descendant_id, distance)
                select ancestor_id, ?, distance + 1 from org_unit_closure where descendant_id = ?
                """, unitId, parentId);
    }

    public boolean isAncestorOrSelf(long ancestorId, long unitId) {
        Integer found = jdbc.queryForObject(
                "select count(*) from org_unit_closure where ancestor_id = ? and descendant_id = ?",
                Integer.class, ancestorId, unitId);
        return found != null && found > 0;
    }

    /** Whether the subtrees below the given units hold every unit there is (the city federation's do). */
    public boolean coversEveryUnit(java.util.Collection<Long> rootIds) {
        if (rootIds.isEmpty()) {
            return false;
        }
        Integer outside = new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc).queryForObject(
                "select count(*) from org_unit u where not exists (select 1 from org_unit_closure sc"
                        + " where sc.descendant_id = u.id and sc.ancestor_id in (:roots))",
                java.util.Map.of("roots", rootIds), Integer.class);
        return outside != null && outside == 0;
    }

    /** Moves the subtree rooted at {@code unitId} under {@code newParentId}. */
    public void moveSubtree(long unitId, long newParentId) {
        jdbc.update("""
                delete from org_unit_closure
                where descendant_id in (select descendant_id from org_unit_closure where ancestor_id = ?)
                  and ancestor_id in (select ancestor_id from org_unit_closure where descendant_id = ? and ancestor_id <> ?)
                """, unitId, unitId, unitId);
        jdbc.update("""
                insert into org_unit_closure (ancestor_id, descendant_id, distance)
                select above.ancestor_id, below.descendant_id, above.distance + below.distance + 1
                from org_unit_closure above, org_unit_closure below
                where above.descendant_id = ? and below.ancestor_id = ?
                """, newParentId, unitId);
    }

    /** Ancestor ids of a unit as the links stood on {@code date}, nearest first: one recursive query. */
    public List<Long> ancestorIdsAsOf(long unitId, LocalDate date) {
        return jdbc.queryForList("""
                with recursive chain (unit_id, distance) as (
                    select cast(? as bigint), 0
                    union all
                    select l.parent_id, chain.distance + 1
                    from org_unit_link l join chain on l.child_id = chain.unit_id
                    where l.valid_from <= ? and (l.valid_to is null or l.valid_to > ?) and chain.distance < 20
                )
                select unit_id from chain order by distance
                """, Long.class, unitId, date, date);
    }
}
