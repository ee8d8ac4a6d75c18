package vn.unioncare.security;

import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.unioncare.common.SearchText;
import vn.unioncare.security.domain.AppUser;
import vn.unioncare.security.domain.AppUserRepository;
import vn.unioncare.security.domain.RoleAssignment;
import vn.unioncare.security.domain.RoleAssignmentRepository;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The one user store: accounts, their roles, and the language each user chose. */
@Service
@Validated
@Transactional(readOnly = true)
public class UserAccountService {

    public static final Set<String> SUPPORTED_LANGUAGES = Set.of("vi", "en");

    private final AppUserRepository users;
    private final RoleAssignmentRepository assignments;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;

    public UserAccountService(AppUserRepository users, RoleAssignmentRepository assignments,
                              PasswordEncoder passwordEncoder, CurrentUser currentUser) {
        this.users = users;
        this.assignments = assignments;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN') or hasRole('SYSTEM')")
    public AccountView createAccount(@Valid NewAccount account) {
        if (users.findByUsername(account.username()).isPresent()) {
            throw new AccountException("account.error.usernameTaken", account.username());
        }
        AppUser user = new AppUser(account.username(), passwordEncoder.encode(account.rawPassword()),
                account.displayName(), account.email(), account.memberId());
        user.getSystemRoles().addAll(account.systemRoles());
        return toView(users.save(user));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN') or hasRole('SYSTEM')")
    public void assignRole(String username, String orgCode, OfficerRole role, boolean appliesToSubtree) {
        AppUser user = users.findByUsername(username)
                .orElseThrow(() -> new AccountException("account.error.notFound", username));
        long unitId = assignments.findOrgUnitIdByCode(orgCode)
                .orElseThrow(() -> new AccountException("organisation.error.notFound", orgCode));
        if (!assignments.existsByUserIdAndOrgUnitIdAndRole(user.getId(), unitId, role)) {
            assignments.save(new RoleAssignment(user.getId(), unitId, role, appliesToSubtree));
        }
    }

    /**
     * Enables or disables an account. A disabled account cannot sign in, and a session it already has loses access on
     * its next request (see the security filter chains).
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN') or hasRole('SYSTEM')")
    public void setEnabled(String username, boolean enabled) {
        users.findByUsername(username).orElseThrow(() -> new AccountException("account.error.notFound", username))
                .setEnabled(enabled);
    }

    /** Whether the account exists and may still be used: asked on every request of a signed-in session. */
    public boolean isActive(String username) {
        return users.existsByUsernameAndEnabledTrue(username);
    }

    /** Loads an account with its roles, as the login and Camunda's identity lookups need it. */
    public Optional<UnionCareUser> loadUser(String username) {
        return users.findByUsername(username).map(this::toPrincipal);
    }

    public Optional<AccountView> findAccount(String username) {
        return users.findByUsername(username).map(this::toView);
    }

    public List<AccountView> findAccounts(Collection<String> usernames) {
        List<AppUser> found = users.findByUsernameIn(usernames);
        Map<Long, List<RoleAssignmentView>> roles = assignmentsOf(found);
        return found.stream().map(u -> toView(u, roles.getOrDefault(u.getId(), List.of()))).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Page<AccountView> searchAccounts(String usernameQuery, Pageable page) {
        String prefix = usernameQuery == null || usernameQuery.isBlank() ? null : SearchText.likePrefix(usernameQuery);
        Page<AppUser> found = users.search(prefix, page);
        Map<Long, List<RoleAssignmentView>> roles = assignmentsOf(found.getContent());
        return found.map(u -> toView(u, roles.getOrDefault(u.getId(), List.of())));
    }

    public boolean checkPassword(String username, String rawPassword) {
        return users.findByUsername(username)
                .filter(AppUser::isEnabled)
                .map(u -> passwordEncoder.matches(rawPassword, u.getPasswordHash()))
                .orElse(false);
    }

    /** Marks an account as created by the demo data: production refuses to start while it keeps a demo password. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN') or hasRole('SYSTEM')")
    public void markAsDemoAccount(String username) {
        users.findByUsername(username).ifPresent(AppUser::markAsDemoAccount);
    }

    /** Demo accounts, still enabled, whose password is still {@code rawPassword}. */
    public List<String> demoAccountsWithPassword(String rawPassword) {
        return users.findByDemoAccountTrueAndEnabledTrue().stream()
                .filter(u -> passwordEncoder.matches(rawPassword, u.getPasswordHash()))
                .map(AppUser::getUsername)
                .toList();
    }

    public long countEnabledWithSystemRole(SystemRole role) {
        return users.countEnabledWithSystemRole(role);
    }

    /** The signed-in user's language; Vietnamese unless they chose otherwise. */
    public Locale preferredLocale() {
        return currentUser.get()
                .flatMap(u -> users.findById(u.userId()))
                .map(u -> Locale.forLanguageTag(u.getLocale()))
                .orElse(Locale.forLanguageTag("vi"));
    }

    @Transactional
    public void changeLanguage(String language) {
        if (!SUPPORTED_LANGUAGES.contains(language)) {
            throw new AccountException("account.error.language", language);
        }
        UnionCareUser user = currentUser.require();
        users.findById(user.userId()).ifPresent(u -> u.setLocale(language));
    }

    UnionCareUser toPrincipal(AppUser user) {
        return new UnionCareUser(user.getId(), user.getUsername(), user.getPasswordHash(), user.getDisplayName(),
                user.isEnabled(), user.getMemberId(), user.getSystemRoles(), assignmentsOf(List.of(user))
                .getOrDefault(user.getId(), List.of()));
    }

    private AccountView toView(AppUser user) {
        return toView(user, assignmentsOf(List.of(user)).getOrDefault(user.getId(), List.of()));
    }

    private static AccountView toView(AppUser user, List<RoleAssignmentView> roles) {
        return new AccountView(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(), user.getLocale(),
                user.getMemberId(), user.isEnabled(), Set.copyOf(user.getSystemRoles()), roles);
    }

    private Map<Long, List<RoleAssignmentView>> assignmentsOf(List<AppUser> accounts) {
        if (accounts.isEmpty()) {
            return Map.of();
        }
        return assignments.findWithCodesByUserIds(accounts.stream().map(AppUser::getId).toList()).stream()
                .collect(Collectors.groupingBy(RoleAssignmentRepository.AssignmentWithCode::getUserId, Collectors.mapping(
                        a -> new RoleAssignmentView(a.getOrgUnitId(), a.getOrgCode(), a.getOrgLevel(),
                                OfficerRole.valueOf(a.getRole()),
                                a.getAppliesToSubtree()), Collectors.toList())));
    }
}
