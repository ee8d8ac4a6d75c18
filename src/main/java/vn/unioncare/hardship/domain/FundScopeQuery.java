package vn.unioncare.hardship.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.unioncare.security.AccessScope;

import java.util.ArrayList;
import java.util.List;

/**
 * Whose funds a user may see, as SQL on {@code org_unit}: units where they hold a role, units below those where their
 * role applies to the subtree, or every unit for administrators and the system.
 */
@Repository
public class FundScopeQuery {

    private static final String LEVEL_ORDER = "case u.level when 'CITY' then 0 when 'DIRECT_SUPERIOR' then 1 "
            + "when 'GRASSROOTS' then 2 else 3 end";

    private final NamedParameterJdbcTemplate jdbc;

    public FundScopeQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the unit exists and lies in the scope. */
    public boolean visible(long orgUnitId, AccessScope scope) {
        MapSqlParameterSource params = new MapSqlParameterSource("unit", orgUnitId);
        return count("u.id = :unit and " + predicate(scope, params), params) > 0;
    }

    /**
     * Ids of the units in the scope whose folded name or lower-case code matches the LIKE pattern (null for all),
     * higher levels first, then by code.
     */
    public List<Long> unitIds(AccessScope scope, String likePattern, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("offset", offset).addValue("limit", limit);
        return jdbc.queryForList("select u.id from org_unit u where " + where(scope, likePattern, params)
                + " order by " + LEVEL_ORDER + ", u.code limit :limit offset :offset", params, Long.class);
    }

    public long countUnits(AccessScope scope, String likePattern) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return count(where(scope, likePattern, params), params);
    }

    private long count(String where, MapSqlParameterSource params) {
        Long count = jdbc.queryForObject("select count(*) from org_unit u where " + where, params, Long.class);
        return count == null ? 0 : count;
    }

    private static String where(AccessScope scope, String likePattern, MapSqlParameterSource params) {
        String where = predicate(scope, params);
        if (likePattern != null) {
            params.addValue("pattern", likePattern);
            where += " and (u.name_search like :pattern escape '\\' or lower(u.code) like :pattern escape '\\')";
        }
        return where;
    }

    private static String predicate(AccessScope scope, MapSqlParameterSource params) {
        if (scope.all()) {
            return "1 = 1";
        }
        List<String> alternatives = new ArrayList<>();
        if (!scope.unitIds().isEmpty()) {
            params.addValue("scopeUnits", scope.unitIds());
            alternatives.add("u.id in (:scopeUnits)");
        }
        if (!scope.subtreeRootIds().isEmpty()) {
            params.addValue("scopeRoots", scope.subtreeRootIds());
            alternatives.add("exists (select 1 from org_unit_closure fund_scope where fund_scope.descendant_id = u.id "
                    + "and fund_scope.ancestor_id in (:scopeRoots))");
        }
        return alternatives.isEmpty() ? "1 = 0" : "(" + String.join(" or ", alternatives) + ")";
    }
}
