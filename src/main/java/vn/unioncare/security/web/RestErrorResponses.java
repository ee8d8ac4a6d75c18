package vn.unioncare.security.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import vn.unioncare.common.TransientDatabaseFailure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * 401, 403 and (the account store unreachable) 503 answers for REST clients, written directly in the JSON shape of
 * Camunda's REST errors ({@code {"type": ..., "message": ...}}) rather than through the servlet error page.
 */
final class RestErrorResponses {

    private RestErrorResponses() {
    }

    static AuthenticationEntryPoint basicChallenge(String realm) {
        return (request, response, e) -> {
            if (e instanceof InternalAuthenticationServiceException && TransientDatabaseFailure.isTransient(e)) {
                // the account could not be looked up, not a wrong password: the client should repeat, not re-prompt
                databaseUnavailable(response);
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
            write(response, HttpServletResponse.SC_UNAUTHORIZED, "AuthenticationException",
                    "Sign in with HTTP Basic authentication (a UnionCare account).");
        };
    }

    /** 503 with {@code Retry-After}: the database connection broke before anything was done. */
    static void databaseUnavailable(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "1");
        write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "ServiceUnavailable",
                "The database is briefly unavailable; nothing was saved. Repeat the request.");
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException",
                "Your account may not use this part of the API.");
    }

    private static void write(HttpServletResponse response, int status, String type, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}");
    }
}
