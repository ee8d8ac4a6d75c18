package vn.unioncare.security.web;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.unioncare.security.UserAccountService;
import vn.unioncare.security.ui.LoginView;

import java.util.Map;

/**
 * Four doors, one user store:
 * <ul>
 *   <li>{@code /engine-rest/**}: HTTP Basic, stateless. Designers may deploy and read definitions (what Camunda
 *       Modeler needs), administrators may do everything, everyone else gets 403.</li>
 *   <li>{@code /camunda/**}: Cockpit and Admin, for administrators only, signed in through UnionCare's login
 *       (single sign-on via Camunda's container-based authentication).</li>
 *   <li>{@code /actuator/**}: health is public, the rest for administrators.</li>
 *   <li>everything else: the Vaadin UI, every route annotated with who may open it.</li>
 * </ul>
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
public class SecurityConfiguration extends VaadinWebSecurity {

    private static final String ADMIN = "ADMIN";
    private static final String DESIGNER = "DESIGNER";

    private final ObjectProvider<UserAccountService> accounts;

    SecurityConfiguration(ObjectProvider<UserAccountService> accounts) {
        this.accounts = accounts;
    }

    private DisabledAccountFilter disabledAccounts() {
        return new DisabledAccountFilter(accounts);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRestChain(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint entryPoint = RestErrorResponses.basicChallenge("UnionCare engine REST");
        return http
                .securityMatcher(path("/engine-rest/**"))
                .headers(SecurityHeaders::forApi)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(RestErrorResponses.forbidden()))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path(HttpMethod.POST, "/engine-rest/deployment/create")).hasAnyRole(DESIGNER, ADMIN)
                        .requestMatchers(path(HttpMethod.GET, "/engine-rest/version", "/engine-rest/engine",
                                "/engine-rest/deployment", "/engine-rest/deployment/**",
                                "/engine-rest/process-definition", "/engine-rest/process-definition/**",
                                "/engine-rest/decision-definition", "/engine-rest/decision-definition/**",
                                "/engine-rest/decision-requirements-definition",
                                "/engine-rest/decision-requirements-definition/**")).hasAnyRole(DESIGNER, ADMIN)
                        .anyRequest().hasRole(ADMIN))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebappChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(path("/camunda/**"))
                // Camunda's web apps bring their own CSRF protection and Content-Security-Policy (with nonces).
                .headers(SecurityHeaders::forCamundaWebapps)
                .addFilterBefore(disabledAccounts(), AnonymousAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(ADMIN))
                .build();
    }

    /**
     * The JSON API for other clients: HTTP Basic for scripts and apps, or the browser session. CSRF tokens are not
     * used here; the session cookie is SameSite=Lax, so another site cannot post with it.
     */
    @Bean
    @Order(3)
    SecurityFilterChain jsonApiChain(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint entryPoint = RestErrorResponses.basicChallenge("UnionCare API");
        return http
                .securityMatcher(path("/api/**"))
                .headers(SecurityHeaders::forApi)
                .addFilterBefore(disabledAccounts(), AnonymousAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(RestErrorResponses.forbidden()))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path(HttpMethod.GET, "/api/docs", "/api/docs/**")).permitAll()
                        // the anonymous safety channel: no account, rate-limited per client by the API itself
                        .requestMatchers(path(null, "/api/v1/safety-reports", "/api/v1/safety-reports/**")).permitAll()
                        // public verification of training certificates by code, rate-limited by the API itself
                        .requestMatchers(path(HttpMethod.GET, "/api/v1/certificates/*")).permitAll()
                        .anyRequest().authenticated())
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(path("/actuator/**"))
                .headers(SecurityHeaders::forApi)
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> { })
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path(null, "/actuator/health", "/actuator/health/**", "/actuator/info")).permitAll()
                        .anyRequest().hasRole(ADMIN))
                .build();
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                // error pages carry the 401/403 of the other chains and must not turn into a login redirect
                .requestMatchers(path(null, "/images/**", "/icons/**", "/styles/**", "/swagger-ui/**", "/error"))
                .permitAll());
        super.configure(http);
        http.headers(SecurityHeaders::forUi).addFilterBefore(disabledAccounts(), AnonymousAuthenticationFilter.class);
        setLoginView(http, LoginView.class, "/login?logout");
    }

    /**
     * Servlet-independent matchers: the engine REST API is a Jersey servlet beside Spring MVC's dispatcher, so
     * MVC-bound matchers would never see its requests.
     */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static RequestMatcher path(HttpMethod method, String... patterns) {
        RequestMatcher[] matchers = new RequestMatcher[patterns.length];
        for (int i = 0; i < patterns.length; i++) {
            matchers[i] = PathPatternRequestMatcher.withDefaults().matcher(method, patterns[i]);
        }
        return new OrRequestMatcher(matchers);
    }

    /** Lets Cockpit and Admin trust the UnionCare sign-in instead of asking for a password again. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaSingleSignOn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider",
                vn.unioncare.security.engine.SpringSecurityWebappAuthentication.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        // after Spring Security's filter chain, which runs at order -100
        registration.setOrder(101);
        return registration;
    }
}
