package vn.unioncare;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.unioncare.security.UnionCareUser;
import vn.unioncare.security.UserAccountService;

/** Signs a demo account in for the current thread, as the login would; close to sign out. */
public final class SignedIn implements AutoCloseable {

    private final UnionCareUser user;

    private SignedIn(UnionCareUser user) {
        this.user = user;
    }

    public static SignedIn as(UserAccountService accounts, String username) {
        UnionCareUser user = accounts.loadUser(username).orElseThrow(() -> new IllegalArgumentException(username));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return new SignedIn(user);
    }

    public UnionCareUser user() {
        return user;
    }

    @Override
    public void close() {
        SecurityContextHolder.clearContext();
    }
}
