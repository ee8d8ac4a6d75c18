package vn.unioncare.security;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The signed-in account with everything the scope checks need, loaded once at login. */
public final class UnionCareUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String ROLE_ADMIN = "ROLE_ADMIN";
    public static final String ROLE_DESIGNER = "ROLE_DESIGNER";
    public static final String ROLE_OFFICER = "ROLE_OFFICER";
    public static final String ROLE_MEMBER = "ROLE_MEMBER";
    public static final String ROLE_SUPERVISOR = "ROLE_SUPERVISOR";

    private final long userId;
    private final String username;
    private String passwordHash;
    private final String displayName;
    private final boolean enabled;
    private final Long memberId;
    private final Set<SystemRole> systemRoles;
    private final List<RoleAssignmentView> assignments;

    public UnionCareUser(long userId, String username, String passwordHash, String displayName, boolean enabled,
                         Long memberId, Set<SystemRole> systemRoles, List<RoleAssignmentView> assignments) {
        this.userId = userId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.enabled = enabled;
        this.memberId = memberId;
        this.systemRoles = Set.copyOf(systemRoles);
        this.assignments = List.copyOf(assignments);
    }

    public long userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    public Long memberId() {
        return memberId;
    }

    public Set<SystemRole> systemRoles() {
        return systemRoles;
    }

    public List<RoleAssignmentView> assignments() {
        return assignments;
    }

    public boolean isAdmin() {
        return systemRoles.contains(SystemRole.ADMIN);
    }

    public boolean isOfficer() {
        return !assignments.isEmpty();
    }

    public boolean isMember() {
        return memberId != null;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        systemRoles.forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r.name())));
        if (isOfficer()) {
            authorities.add(new SimpleGrantedAuthority(ROLE_OFFICER));
        }
        if (assignments.stream().anyMatch(RoleAssignmentView::supervises)) {
            authorities.add(new SimpleGrantedAuthority(ROLE_SUPERVISOR));
        }
        if (isMember()) {
            authorities.add(new SimpleGrantedAuthority(ROLE_MEMBER));
        }
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
