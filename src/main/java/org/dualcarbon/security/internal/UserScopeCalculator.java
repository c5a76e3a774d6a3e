package org.dualcarbon.security.internal;

import java.util.List;
import org.dualcarbon.common.scope.Scope;
import org.dualcarbon.organization.EnterpriseGroup;
import org.dualcarbon.organization.OrganizationDirectory;
import org.dualcarbon.security.UserAccount;
import org.springframework.stereotype.Component;

/**
 * Works out a user's data scope from the organisation the account is bound to: a division and everything
 * under it, a park, an enterprise, a group's subsidiaries, or a verifier's assigned enterprises.
 */
@Component
class UserScopeCalculator {

    private final OrganizationDirectory organizations;
    private final UserMapper users;

    UserScopeCalculator(OrganizationDirectory organizations, UserMapper users) {
        this.organizations = organizations;
        this.users = users;
    }

    Binding bindingOf(UserAccount account) {
        return switch (account.role()) {
            case GOV_OFFICIAL, AUDITOR -> organizations.region(account.regionCode())
                    .map(r -> new Binding(r.name(), Scope.of(r.path())))
                    .orElse(Binding.NOTHING);
            case PARK_MANAGER -> account.parkId() == null ? Binding.NOTHING : organizations.park(account.parkId())
                    .map(p -> new Binding(p.name(), Scope.of(p.scopePath())))
                    .orElse(Binding.NOTHING);
            case ENTERPRISE_FILLER, ENTERPRISE_MANAGER -> enterpriseBinding(account);
            case VERIFIER -> new Binding("核查机构 / verifier",
                    Scope.of(organizations.enterprisePaths(users.assignments(account.id()))));
            case SYSTEM_ADMIN -> new Binding("平台 / platform", Scope.unrestricted());
            case RULE_AUTHOR, SECURITY_ADMIN, AUDIT_ADMIN -> new Binding("平台 / platform", Scope.none());
        };
    }

    private Binding enterpriseBinding(UserAccount account) {
        if (account.enterpriseId() != null) {
            return organizations.enterprise(account.enterpriseId())
                    .map(e -> new Binding(e.name(), Scope.of(e.scopePath())))
                    .orElse(Binding.NOTHING);
        }
        if (account.groupId() != null) {
            List<String> paths = organizations.subsidiaryPaths(account.groupId());
            String name = organizations.group(account.groupId()).map(EnterpriseGroup::name).orElse("");
            return new Binding(name, Scope.of(paths));
        }
        return Binding.NOTHING;
    }

    /** The organisation's display name and the scope that follows from it. */
    record Binding(String organizationName, Scope scope) {
        static final Binding NOTHING = new Binding("", Scope.none());
    }
}
