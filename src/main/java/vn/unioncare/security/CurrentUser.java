package vn.unioncare.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The signed-in user of the current request and the organisation scope their queries are limited to. */
@Component
public class CurrentUser {

    public Optional<UnionCareUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof UnionCareUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public UnionCareUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /** What the signed-in user may see; nothing when nobody is signed in. */
    public AccessScope scope() {
        if (isSystem()) {
            return AccessScope.everything();
        }
        return get().map(CurrentUser::scopeOf).orElse(AccessScope.nothing());
    }

    /** Start-up and background work running through {@link SystemAuthentication}. */
    public boolean isSystem() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> SystemAuthentication.AUTHORITY.equals(a.getAuthority()));
    }

    public static AccessScope scopeOf(UnionCareUser user) {
        if (user.isAdmin()) {
            return AccessScope.everything();
        }
        Set<Long> roots = new HashSet<>();
        Set<Long> units = new HashSet<>();
        for (RoleAssignmentView assignment : user.assignments()) {
            (assignment.appliesToSubtree() ? roots : units).add(assignment.orgUnitId());
        }
        return new AccessScope(false, Set.copyOf(roots), Set.copyOf(units), user.memberId());
    }
}
