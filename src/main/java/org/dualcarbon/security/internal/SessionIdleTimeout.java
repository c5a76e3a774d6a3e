package org.dualcarbon.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.dualcarbon.security.SecurityPolicies;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Idle logout as the security administrator set it (GB/T 22239-2019 §8.1.4.1 b): every session's idle timeout follows
 * the policy in force ({@code server.servlet.session.timeout} is only the start value).
 */
@Configuration(proxyBeanMethods = false)
class SessionIdleTimeout {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> sessionIdleTimeoutFilter(SecurityPolicies policies) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    int seconds = policies.current().idleMinutes() * 60;
                    if (session.getMaxInactiveInterval() != seconds) {
                        session.setMaxInactiveInterval(seconds);
                    }
                }
                chain.doFilter(request, response);
            }
        });
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
