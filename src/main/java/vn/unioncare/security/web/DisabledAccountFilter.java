package vn.unioncare.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.unioncare.common.TransientDatabaseFailure;
import vn.unioncare.security.UserAccountService;

import java.io.IOException;

/**
 * A session signed in before its account was disabled (or deleted) loses access on its next request: the session is
 * invalidated and the request goes on as an anonymous one, so the chain sends it to the login page (or answers 401).
 * Not a bean: Spring Boot would register a bean filter for every request, outside the security chains.
 */
final class DisabledAccountFilter extends OncePerRequestFilter {

    private final ObjectProvider<UserAccountService> accounts;

    DisabledAccountFilter(ObjectProvider<UserAccountService> accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean active;
        try {
            active = authentication == null || !authentication.isAuthenticated()
                    || authentication instanceof AnonymousAuthenticationToken
                    || accounts.getObject().isActive(authentication.getName());
        } catch (RuntimeException e) {
            if (!TransientDatabaseFailure.isTransient(e)) {
                throw e;
            }
            RestErrorResponses.databaseUnavailable(response);
            return;
        }
        if (!active) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
