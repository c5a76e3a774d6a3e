package org.dualcarbon.security.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three filter chains: the engine's REST API (stateless, HTTP Basic), the Camunda webapps (our session,
 * Camunda's own CSRF and headers), and everything else (form login, CSRF, our CSP). One login serves all.
 */
@Configuration
@EnableMethodSecurity
class WebSecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'self'; object-src 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
        // the String form of securityMatcher does not match the Jersey servlet (stack.md §12)
        http.securityMatcher(path("/engine-rest/**"))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(r -> r.disable())
                .securityContext(c -> c.requireExplicitSave(true))
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(path("/camunda/app/cockpit/**"), path("/camunda/app/admin/**"),
                                path("/camunda/api/cockpit/**")).hasAuthority("ENGINE_ADMIN")
                        .requestMatchers(path("/camunda/api/admin/auth/**")).authenticated()
                        .requestMatchers(path("/camunda/api/admin/**")).hasAuthority("ENGINE_ADMIN")
                        .requestMatchers(path("/camunda/app/tasklist/**"), path("/camunda/api/tasklist/**"))
                        .hasAnyAuthority("TASKLIST", "ENGINE_ADMIN")
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                // the webapps send X-XSRF-TOKEN checked by Camunda's own CSRF filter, and set their own headers
                .csrf(c -> c.disable())
                .headers(h -> h.frameOptions(f -> f.sameOrigin()));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain application(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers(path("/login"), path("/error"), path("/css/**"), path("/js/**"),
                                path("/vendor/**"), path("/favicon.ico")).permitAll()
                        .requestMatchers(path("/actuator/health"), path("/actuator/health/**"), path("/actuator/info"))
                        .permitAll()
                        .requestMatchers(path("/v3/api-docs"), path("/v3/api-docs/**"), path("/swagger-ui.html"),
                                path("/swagger-ui/**")).permitAll()
                        .requestMatchers(path("/actuator/**")).hasAuthority("OPERATIONS")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .httpBasic(Customizer.withDefaults())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
                // API clients that authenticate each call with HTTP Basic need no CSRF token; browser sessions do
                .csrf(c -> c.ignoringRequestMatchers(basicAuthenticatedApiCall()))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        (request, response, ex) -> response.sendError(401), path("/api/**")))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    private static RequestMatcher basicAuthenticatedApiCall() {
        RequestMatcher api = path("/api/**");
        return request -> api.matches(request) && request.getHeader("Authorization") != null
                && request.getHeader("Authorization").regionMatches(true, 0, "Basic ", 0, 6);
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
