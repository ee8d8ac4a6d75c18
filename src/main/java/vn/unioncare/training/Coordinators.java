package vn.unioncare.training;

import org.springframework.stereotype.Component;
import vn.unioncare.organisation.OrgLevel;
import vn.unioncare.organisation.OrgUnitView;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.CurrentUser;
import vn.unioncare.security.OfficerRole;
import vn.unioncare.security.RoleAssignmentView;
import vn.unioncare.security.UnionCareUser;
import vn.unioncare.training.domain.CohortScope;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who keeps the catalogue and records attendance: training coordinators (role TRAINING_COORDINATOR) at a city
 * federation or a union directly above grassroots keep the courses and cohorts of their union, and with a role over
 * the subtree those of the unions below; administrators and UnionCare itself keep all. A cohort's attendance is
 * recorded by its trainer or by a coordinator who keeps it.
 */
@Component
class Coordinators {

    private static final Set<String> COORDINATING_LEVELS = Set.of(OrgLevel.CITY.name(),
            OrgLevel.DIRECT_SUPERIOR.name());

    private final CurrentUser currentUser;
    private final OrganisationService organisation;

    Coordinators(CurrentUser currentUser, OrganisationService organisation) {
        this.currentUser = currentUser;
        this.organisation = organisation;
    }

    boolean isCoordinator() {
        return unrestricted() || !coordinatorRoles().isEmpty();
    }

    void requireCoordinator() {
        if (!isCoordinator()) {
            throw NotACoordinatorException.notCoordinator(username() + " is no training coordinator");
        }
    }

    boolean maintains(long unitId) {
        return unrestricted() || coordinatorRoles().stream().anyMatch(a -> a.orgUnitId() == unitId
                || a.appliesToSubtree() && organisation.isInSubtree(a.orgUnitId(), unitId));
    }

    void requireMaintains(long unitId) {
        if (!maintains(unitId)) {
            throw NotACoordinatorException.notCoordinator(username() + " does not keep the training of unit " + unitId);
        }
    }

    boolean mayRecord(CohortView cohort) {
        return cohort.trainerUsername().equals(username()) || maintains(cohort.orgUnitId());
    }

    void requireRecorder(CohortView cohort) {
        if (!mayRecord(cohort)) {
            // a cohort one may not record looks like one that does not exist
            throw TrainingException.notFoundOrNoAccess(username() + " neither trains nor keeps cohort " + cohort.id());
        }
    }

    /** The cohorts the user keeps or trains, for the list in SQL. */
    CohortScope scope() {
        if (unrestricted()) {
            return new CohortScope(true, Set.of(), Set.of(), null);
        }
        Set<Long> roots = new HashSet<>();
        Set<Long> units = new HashSet<>();
        for (RoleAssignmentView assignment : coordinatorRoles()) {
            (assignment.appliesToSubtree() ? roots : units).add(assignment.orgUnitId());
        }
        return new CohortScope(false, roots, units, currentUser.get().map(UnionCareUser::getUsername).orElse(null));
    }

    /** The unions the user organises courses and cohorts for, the city first; for administrators the cities. */
    List<OrgUnitView> ownUnits() {
        if (unrestricted()) {
            return organisation.roots();
        }
        return organisation.findAllById(coordinatorRoles().stream().map(RoleAssignmentView::orgUnitId).distinct()
                .toList()).stream().sorted((a, b) -> a.level() == b.level() ? a.code().compareTo(b.code())
                : a.level().compareTo(b.level())).toList();
    }

    String username() {
        return currentUser.get().map(UnionCareUser::getUsername).orElse("system");
    }

    private boolean unrestricted() {
        return currentUser.isSystem() || currentUser.get().map(UnionCareUser::isAdmin).orElse(false);
    }

    private List<RoleAssignmentView> coordinatorRoles() {
        return currentUser.get().map(user -> user.assignments().stream()
                .filter(a -> a.role() == OfficerRole.TRAINING_COORDINATOR)
                .filter(a -> COORDINATING_LEVELS.contains(a.orgLevel())).toList()).orElse(List.of());
    }
}
