package org.dualcarbon.workflow.internal;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.security.UserDirectory;
import org.dualcarbon.workflow.EngineGroups;
import org.springframework.stereotype.Component;

/** Plugs {@link PlatformIdentityProvider} into the engine (the Spring Boot starter picks up plugin beans). */
@Component
class PlatformIdentityProviderPlugin extends AbstractProcessEnginePlugin {

    private final UserDirectory users;
    private final EngineGroups groups;
    private final ScopeContext scope;

    PlatformIdentityProviderPlugin(UserDirectory users, EngineGroups groups, ScopeContext scope) {
        this.users = users;
        this.groups = groups;
        this.scope = scope;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ReadOnlyIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new PlatformIdentityProvider(users, groups, scope);
            }
        });
        configuration.setAuthorizationEnabled(true);
        configuration.setJavaSerializationFormatEnabled(false);
    }
}
