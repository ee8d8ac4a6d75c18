package vn.unioncare.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.function.Supplier;

/** Runs start-up and background work (demo data, scheduled jobs) as the system, which administrative services accept. */
public final class SystemAuthentication {

    public static final String AUTHORITY = "ROLE_SYSTEM";

    private SystemAuthentication() {
    }

    public static <T> T callAsSystem(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                AuthorityUtils.createAuthorityList(AUTHORITY)));
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAsSystem(Runnable work) {
        callAsSystem(() -> {
            work.run();
            return null;
        });
    }
}
