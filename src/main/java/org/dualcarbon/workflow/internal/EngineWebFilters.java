package org.dualcarbon.workflow.internal;

import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda's own authentication filters, fed by Spring Security (which runs first, at order -100): single
 * sign-on for Tasklist/Cockpit/Admin, and the engine REST API running every call as its caller so that engine
 * authorizations apply.
 */
@Configuration(proxyBeanMethods = false)
class EngineWebFilters {

    private static final String PROVIDER = "authentication-provider";

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSingleSignOn() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of(PROVIDER, SpringSecurityAuthenticationProvider.class.getName()));
        registration.setOrder(101);
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setInitParameters(Map.of(PROVIDER, SpringSecurityAuthenticationProvider.class.getName()));
        registration.setOrder(102);
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }
}
