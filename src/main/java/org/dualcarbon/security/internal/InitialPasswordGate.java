package org.dualcarbon.security.internal;

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
 * redirects there, and the API answers 403, until the password is changed (security.md §1.1).
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

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        // only a session that began on an initial password asks the database, until the password is changed
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser me) || !me.loggedInWithInitialPassword()
                || !change.mustChange(me.getUsername())) {
            return true;
        }
        if (request.getRequestURI().startsWith("/api/")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "须先修改初始密码 / change the initial password first");
        } else {
            response.sendRedirect("/account/password");
        }
        return false;
    }
}
