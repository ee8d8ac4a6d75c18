package vn.unioncare.jobs;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import vn.unioncare.organisation.OrgLevel;
import vn.unioncare.organisation.OrgUnitView;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.CurrentUser;
import vn.unioncare.security.RoleAssignmentView;
import vn.unioncare.security.UnionCareUser;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who maintains employers and vacancies: officers holding any role at a city federation or at a union directly
 * above grassroots, administrators, and UnionCare itself (demo data, processes). A vacancy belongs to the union that
 * maintains it; an officer maintains those of their own unions and, with a role over the subtree, of the city or
 * direct-superior unions below.
 */
@Component
class Maintainers {

    private static final List<String> MAINTAINING_LEVELS = List.of(OrgLevel.CITY.name(), OrgLevel.DIRECT_SUPERIOR.name());

    private static final int ADMIN_UNITS_PAGE = 500;

    private final CurrentUser currentUser;
    private final OrganisationService organisation;

    Maintainers(CurrentUser currentUser, OrganisationService organisation) {
        this.currentUser = currentUser;
        this.organisation = organisation;
    }

    boolean mayMaintain() {
        return currentUser.isSystem() || currentUser.get().map(user -> user.isAdmin()
                || user.assignments().stream().anyMatch(Maintainers::atMaintainingLevel)).orElse(false);
    }

    void requireMaintainer() {
        if (!mayMaintain()) {
            throw new NotAMaintainerException("user " + username() + " holds no role at a city or direct-superior union");
        }
    }

    /**
     * The units the user keeps vacancies for in their own name, the city first; for administrators every city and
     * direct-superior union (the first page of each level is plenty: a city has a few hundred at most).
     */
    List<OrgUnitView> ownUnits() {
        if (currentUser.get().map(UnionCareUser::isAdmin).orElse(false)) {
            return MAINTAINING_LEVELS.stream().flatMap(level -> organisation.searchAtLevel(OrgLevel.valueOf(level), "",
                    PageRequest.of(0, ADMIN_UNITS_PAGE)).stream()).filter(OrgUnitView::active).toList();
        }
        List<Long> ids = currentUser.get().map(user -> user.assignments().stream()
                .filter(Maintainers::atMaintainingLevel).map(RoleAssignmentView::orgUnitId).distinct().toList())
                .orElse(List.of());
        return organisation.findAllById(ids).stream()
                .sorted(Comparator.comparing(OrgUnitView::level).thenComparing(OrgUnitView::code)).toList();
    }

    /** The unit a new vacancy belongs to: the one asked for, if the user maintains it, else their first own unit. */
    long owningUnit(Long requested) {
        if (requested != null) {
            requireMaintains(requested);
            return requested;
        }
        return ownUnits().stream().findFirst().map(OrgUnitView::id).orElseThrow(() ->
                new NotAMaintainerException("no own unit to own the vacancy; name one"));
    }

    void requireMaintains(long unitId) {
        requireMaintainer();
        Optional<OrgUnitView> unit = organisation.findById(unitId);
        if (unit.isEmpty() || !MAINTAINING_LEVELS.contains(unit.get().level().name())) {
            throw new NotAMaintainerException("unit " + unitId + " is not a city or direct-superior union");
        }
        if (currentUser.isSystem() || currentUser.get().map(UnionCareUser::isAdmin).orElse(false)) {
            return;
        }
        boolean maintains = currentUser.require().assignments().stream().filter(Maintainers::atMaintainingLevel)
                .anyMatch(a -> a.orgUnitId() == unitId
                        || a.appliesToSubtree() && organisation.isInSubtree(a.orgUnitId(), unitId));
        if (!maintains) {
            throw new NotAMaintainerException("user " + username() + " does not maintain unit " + unitId);
        }
    }

    /** Reading is for everybody signed in, and for UnionCare's own work. */
    void requireSignedIn() {
        if (!currentUser.isSystem()) {
            currentUser.require();
        }
    }

    String username() {
        return currentUser.get().map(UnionCareUser::getUsername).orElse("system");
    }

    private static boolean atMaintainingLevel(RoleAssignmentView assignment) {
        return MAINTAINING_LEVELS.contains(assignment.orgLevel());
    }
}
