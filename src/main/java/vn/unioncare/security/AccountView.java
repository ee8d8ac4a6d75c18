package vn.unioncare.security;

import java.util.List;
import java.util.Set;

/** An account as administrators see it: never its password hash. */
public record AccountView(long id, String username, String displayName, String email, String locale, Long memberId,
                          boolean enabled, Set<SystemRole> systemRoles, List<RoleAssignmentView> assignments) {
}
