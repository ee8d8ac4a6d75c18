package vn.unioncare.security.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * 401 and 403 answers for REST clients, written directly in the JSON shape of Camunda's REST errors
 * ({@code {"type": ..., "message": ...}}) rather than through the servlet error page.
 */
final class RestErrorResponses {

    private RestErrorResponses() {
    }

    static AuthenticationEntryPoint basicChallenge(String realm) {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
            write(response, HttpServletResponse.SC_UNAUTHORIZED, "AuthenticationException",
                    "Sign in with HTTP Basic authentication (a UnionCare account).");
        };
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
