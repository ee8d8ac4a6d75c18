package vn.unioncare.safety;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.casework.CaseAccess;
import vn.unioncare.safety.domain.SafetyRegisterQuery;
import vn.unioncare.security.CurrentUser;

import java.util.List;

/**
 * The incident register: the safety reports whose cases the signed-in officer may see ({@link CaseAccess}), filtered,
 * paged, and grouped per employer or per workplace union. The rule is part of every query, so a report outside the
 * officer's scope is neither listed nor counted.
 */
@Service
@Transactional(readOnly = true)
public class SafetyRegister {

    private final SafetyRegisterQuery query;
    private final CaseAccess access;
    private final CurrentUser currentUser;

    public SafetyRegister(SafetyRegisterQuery query, CaseAccess access, CurrentUser currentUser) {
        this.query = query;
        this.access = access;
        this.currentUser = currentUser;
    }

    public List<RegisterRow> reports(RegisterFilter filter, int offset, int limit) {
        MapSqlParameterSource params = params();
        return query.rows(filter, visible(params), params, offset, limit);
    }

    public long countReports(RegisterFilter filter) {
        MapSqlParameterSource params = params();
        return query.count(filter, visible(params), params);
    }

    public List<RegisterGroup> perEmployer(RegisterFilter filter, int offset, int limit) {
        MapSqlParameterSource params = params();
        return query.byEmployer(filter, visible(params), params, offset, limit);
    }

    public long countEmployers(RegisterFilter filter) {
        MapSqlParameterSource params = params();
        return query.countEmployers(filter, visible(params), params);
    }

    public List<RegisterGroup> perUnion(RegisterFilter filter, int offset, int limit) {
        MapSqlParameterSource params = params();
        return query.byUnion(filter, visible(params), params, offset, limit);
    }

    public long countUnions(RegisterFilter filter) {
        MapSqlParameterSource params = params();
        return query.countUnions(filter, visible(params), params);
    }

    private MapSqlParameterSource params() {
        currentUser.require();
        return new MapSqlParameterSource();
    }

    private String visible(MapSqlParameterSource params) {
        return access.predicate("c", params);
    }
}
