package org.dualcarbon.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.security.SecondFactor;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Nothing of the platform — pages, API, Tasklist and the engine's REST API — is served to an account of a role that
 * needs a second factor before its code was accepted: a browser session is sent to {@code /login/otp}; an HTTP Basic call
 * must carry a current code in {@code X-DC-OTP} or gets 401. Runs inside Spring Security's chain (after it), where the
 * caller is known. A wrong code is a failed login: audited and counted towards the lockout.
 */
@Configuration(proxyBeanMethods = false)
class SecondFactorGate {

    static final String VERIFIED = "dc.secondFactor.verified";
    private static final List<String> OPEN = List.of("/login", "/logout", "/css/", "/js/", "/vendor/", "/favicon", "/error");

    @Bean
    FilterRegistrationBean<Gate> secondFactorGateFilter(SecondFactor secondFactor, ApplicationEventPublisher events) {
        FilterRegistrationBean<Gate> registration = new FilterRegistrationBean<>(new Gate(secondFactor, events));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** A wrong or missing second-factor code. */
    static final class SecondFactorFailedException extends BadCredentialsException {
        SecondFactorFailedException(String message) {
            super(message);
        }
    }

    static final class Gate extends OncePerRequestFilter {

        private final SecondFactor secondFactor;
        private final ApplicationEventPublisher events;

        Gate(SecondFactor secondFactor, ApplicationEventPublisher events) {
            this.secondFactor = secondFactor;
            this.events = events;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            // every login of ours — the form and HTTP Basic — records the request's details; an authentication without
            // them was not made by a login over HTTP (it is set in-process, as a test's MockMvc user is) and has no code
            if (auth == null || !(auth.getPrincipal() instanceof CurrentUser user) || !SecondFactor.requiredFor(user.role())
                    || !(auth.getDetails() instanceof WebAuthenticationDetails)) {
                chain.doFilter(request, response);
                return;
            }
            String authorization = request.getHeader("Authorization");
            if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                String code = request.getHeader(SecondFactor.HEADER);
                if (code != null && secondFactor.valid(user.getUsername(), code)) {
                    chain.doFilter(request, response);
                    return;
                }
                if (code != null) {
                    events.publishEvent(new AuthenticationFailureBadCredentialsEvent(auth,
                            new SecondFactorFailedException("wrong second-factor code")));
                }
                SecurityContextHolder.clearContext();
                refuse(response);
                return;
            }
            String path = request.getRequestURI().substring(request.getContextPath().length());
            HttpSession session = request.getSession(false);
            boolean verified = session != null && user.getUsername().equals(session.getAttribute(VERIFIED));
            if (verified || OPEN.stream().anyMatch(path::startsWith)) {
                chain.doFilter(request, response);
            } else if (path.startsWith("/api/") || path.startsWith("/engine-rest") || path.startsWith("/camunda/api/")
                    || String.valueOf(request.getHeader("Accept")).startsWith("application/json")) {
                refuse(response);
            } else {
                response.sendRedirect(request.getContextPath() + "/login/otp");
            }
        }

        private static void refuse(HttpServletResponse response) throws IOException {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write("{\"title\":\"Second factor required\",\"status\":401,\"detail\":\"需要动态口令 / "
                    + "a one-time code is required (" + SecondFactor.HEADER + " for API calls, /login/otp for the browser)\"}");
        }
    }
}
