package org.dualcarbon.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.security.PasswordChange;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * An account still on the initial password an administrator gave it sees only the password page: every other page
 * redirects there — Camunda's Tasklist and Cockpit too — and the API and the engine's REST API answer 403, until the
 * password is changed (security.md §1.1).
 */
@Configuration(proxyBeanMethods = false)
class InitialPasswordGate implements WebMvcConfigurer, HandlerInterceptor {

    private final PasswordChange change;

    InitialPasswordGate(PasswordChange change) {
        this.change = change;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/account/password", "/login", "/login/otp", "/logout", "/error", "/css/**",
                "/js/**", "/vendor/**", "/favicon.ico");
    }

    /**
     * The same gate in front of Tasklist, Cockpit and the engine's REST API, which are servlets of Camunda's own and
     * never reach the interceptor above.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> initialPasswordWebappsGate() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                try {
                    if (preHandle(request, response, null)) {
                        chain.doFilter(request, response);
                    }
                } catch (IOException | ServletException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new ServletException(e);
                }
            }
        });
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 3);
        registration.addUrlPatterns("/camunda/*", "/engine-rest/*");
        return registration;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        // only a session that began on an initial password asks the database, until the password is changed
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser me) || !me.loggedInWithInitialPassword()
                || !change.mustChange(me.getUsername())) {
            return true;
        }
        String uri = request.getRequestURI();
        if (uri.startsWith("/api/") || uri.startsWith("/camunda/api/") || uri.startsWith("/engine-rest")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "须先修改初始密码 / change the initial password first");
        } else {
            response.sendRedirect("/account/password");
        }
        return false;
    }
}
