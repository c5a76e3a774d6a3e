package org.dualcarbon.audit.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.dualcarbon.audit.AuditLog;
import org.dualcarbon.audit.AuditOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every refused request leaves an audit row (issue 9, "Bad input"): 401 {@code AUTH_REQUIRED}, 403 {@code ACCESS_DENIED}
 * (missing permission, CSRF token missing or wrong), 404 {@code NOT_FOUND} (an object outside the caller's scope answers
 * exactly like one that does not exist) and 400 {@code INPUT_REJECTED} — with user, source address, method and path (never
 * the query or body, which may carry personal data). The filter sits in front of Spring Security so that it sees the
 * refusals of the security filters too; it learns the user at the moment the status is set, while the security context
 * still holds it. The row is written in a transaction of its own, so a refused change that rolled back still leaves it.
 */
@Configuration(proxyBeanMethods = false)
class RefusedRequestAudit {

    static final Map<Integer, String> EVENTS = Map.of(400, "INPUT_REJECTED", 401, "AUTH_REQUIRED", 403, "ACCESS_DENIED",
            404, "NOT_FOUND");
    private static final List<String> UNAUDITED_PREFIXES = List.of("/css/", "/js/", "/vendor/", "/webjars/", "/fonts/",
            "/favicon", "/error", "/actuator/health", "/camunda/app/", "/camunda/lib/", "/camunda/assets/");
    private static final Logger LOG = LoggerFactory.getLogger(RefusedRequestAudit.class);

    @Bean
    FilterRegistrationBean<RefusalFilter> refusedRequestAuditFilter(AuditLog audit) {
        FilterRegistrationBean<RefusalFilter> registration = new FilterRegistrationBean<>(new RefusalFilter(audit));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        registration.addUrlPatterns("/*");
        return registration;
    }

    static final class RefusalFilter extends OncePerRequestFilter {

        private final AuditLog audit;

        RefusalFilter(AuditLog audit) {
            this.audit = audit;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return UNAUDITED_PREFIXES.stream().anyMatch(path::startsWith);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            UserAtStatus watched = new UserAtStatus(response);
            try {
                chain.doFilter(request, watched);
            } finally {
                String event = EVENTS.get(watched.getStatus());
                if (event != null) {
                    record(request, watched, event);
                }
            }
        }

        private void record(HttpServletRequest request, UserAtStatus response, String event) {
            String path = request.getRequestURI();
            try {
                audit.record(response.user, request.getRemoteAddr(), event, "REQUEST", request.getMethod() + " " + path,
                        AuditOutcome.FAILURE, response.getStatus() + " " + request.getMethod() + " " + path);
            } catch (RuntimeException e) {
                // the refusal itself must still reach the caller; the failure to audit is logged with its cause
                LOG.error("could not audit the refused request {} {} ({}): {}", request.getMethod(), path, event, e.toString());
            }
        }
    }

    /** Notes who was signed in when the status was set; the security context is cleared before the filter sees the end. */
    static final class UserAtStatus extends HttpServletResponseWrapper {

        private String user = "anonymous";

        UserAtStatus(HttpServletResponse response) {
            super(response);
        }

        private void note() {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken)) {
                user = authentication.getName();
            }
        }

        @Override
        public void setStatus(int sc) {
            note();
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            note();
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            note();
            super.sendError(sc, msg);
        }
    }
}
