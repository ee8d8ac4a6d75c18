package vn.unioncare.casework.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.unioncare.security.AccessScope;

import java.util.ArrayList;
import java.util.List;

/** Case visibility as SQL, so that lists and single look-ups apply exactly the same rule in the database. */
@Component
public class CaseVisibilityQuery {

    private final NamedParameterJdbcTemplate jdbc;

    public CaseVisibilityQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isVisible(long caseId, AccessScope scope, String username) {
        MapSqlParameterSource params = new MapSqlParameterSource("caseId", caseId);
        Long count = jdbc.queryForObject("select count(*) from case_file c where c.id = :caseId and "
                + predicate("c", scope, username, params), params, Long.class);
        return count != null && count > 0;
    }

    public static String predicate(String alias, AccessScope scope, String username, MapSqlParameterSource params) {
        if (scope.all()) {
            return "1 = 1";
        }
        List<String> alternatives = new ArrayList<>();
        if (!scope.unitIds().isEmpty()) {
            params.addValue("caseScopeUnits", scope.unitIds());
            alternatives.add(alias + ".org_unit_id in (:caseScopeUnits)");
        }
        if (!scope.subtreeRootIds().isEmpty()) {
            params.addValue("caseScopeRoots", scope.subtreeRootIds());
            alternatives.add("exists (select 1 from org_unit_closure case_scope where case_scope.descendant_id = "
                    + alias + ".org_unit_id and case_scope.ancestor_id in (:caseScopeRoots))");
        }
        if (scope.ownMemberId() != null) {
            params.addValue("caseScopeMember", scope.ownMemberId());
            alternatives.add(alias + ".member_id = :caseScopeMember");
        }
        if (username != null) {
            params.addValue("caseScopeUser", username);
            alternatives.add(alias + ".started_by = :caseScopeUser");
        }
        return alternatives.isEmpty() ? "1 = 0" : "(" + String.join(" or ", alternatives) + ")";
    }
}
