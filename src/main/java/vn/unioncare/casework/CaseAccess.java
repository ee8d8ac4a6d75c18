package vn.unioncare.casework;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.casework.domain.CaseFileRepository;
import vn.unioncare.casework.domain.CaseVisibilityQuery;
import vn.unioncare.security.AccessScope;
import vn.unioncare.security.CurrentUser;

import java.util.Optional;

/**
 * The one rule for who may see a case: administrators all; officers the cases of the unions in their scope (their
 * own unit, or whole subtrees for roles that apply to the units below); a member the cases about them; anybody the
 * cases they started. Lists put {@link #predicate} into their WHERE clause; single cases go through {@link #visible}.
 */
@Service
@Transactional(readOnly = true)
public class CaseAccess {

    private final CurrentUser currentUser;
    private final CaseVisibilityQuery visibility;
    private final CaseFileRepository cases;
    private final AuditTrail audit;

    public CaseAccess(CurrentUser currentUser, CaseVisibilityQuery visibility, CaseFileRepository cases,
                      AuditTrail audit) {
        this.currentUser = currentUser;
        this.visibility = visibility;
        this.cases = cases;
        this.audit = audit;
    }

    /**
     * The rule as an SQL condition on the {@code case_file} table under {@code alias}, for the signed-in user;
     * adds its parameters (names prefixed {@code caseScope}) to {@code params}.
     */
    public String predicate(String alias, MapSqlParameterSource params) {
        AccessScope scope = currentUser.scope();
        String username = currentUser.get().map(u -> u.getUsername()).orElse(null);
        return CaseVisibilityQuery.predicate(alias, scope, username, params);
    }

    /** The case with this number, if the signed-in user may see it; another union's case is simply absent. */
    public Optional<CaseSummary> visible(String caseNumber) {
        return cases.findByCaseNumber(caseNumber).filter(c -> visibility.isVisible(c.toSummary().id(),
                currentUser.scope(), currentUser.get().map(u -> u.getUsername()).orElse(null)))
                .map(c -> c.toSummary());
    }

    /** The case of this process instance, if the signed-in user may see it. */
    public Optional<CaseSummary> visibleByProcessInstance(String processInstanceId) {
        return cases.findByProcessInstanceId(processInstanceId).flatMap(c -> visible(c.toSummary().caseNumber()));
    }

    /**
     * As {@link #visible}, refusing with "not found or no access" (404) otherwise; the refusal is kept in the audit
     * log even though the caller's transaction rolls back.
     */
    public CaseSummary require(String caseNumber) {
        return visible(caseNumber).orElseThrow(() -> {
            audit.recordRefusal(AuditTrail.RESOURCE_CASE, caseNumber);
            return new CaseworkException("error.notFoundOrNoAccess", 404, caseNumber);
        });
    }
}
