package vn.unioncare.security.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers of every security chain. X-Content-Type-Options: nosniff and, on requests that came over TLS
 * (directly or, with {@code server.forward-headers-strategy=native}, as the balancer's X-Forwarded-Proto says),
 * Strict-Transport-Security are Spring Security's defaults and stay on.
 */
final class SecurityHeaders {

    /**
     * Vaadin Flow's client runs inline bootstrap scripts and styles and evaluates code it receives from the server, so
     * its pages need 'unsafe-inline' and 'unsafe-eval'; everything else is held to this origin, and no other site may
     * frame the UI (clickjacking).
     */
    static final String UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /** JSON and files: nothing in an answer may run, load anything or be framed. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

    private static final ReferrerPolicy REFERRER = ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN;

    private SecurityHeaders() {
    }

    static void forUi(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(UI_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin)
                .referrerPolicy(referrer -> referrer.policy(REFERRER));
    }

    static void forApi(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(REFERRER));
    }

    static void forCamundaWebapps(HeadersConfigurer<HttpSecurity> headers) {
        headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin)
                .referrerPolicy(referrer -> referrer.policy(REFERRER));
    }
}
