package org.dualcarbon.organization.internal;

import java.util.ArrayList;
import java.util.List;
import org.dualcarbon.common.web.FieldProblem;
import org.dualcarbon.security.Role;
import org.dualcarbon.common.scope.Scope;
import org.dualcarbon.organization.EnterpriseGroup;
import org.dualcarbon.organization.OrganizationDirectory;
import org.dualcarbon.security.UserAccount;
import org.dualcarbon.security.UserBinding;
import org.dualcarbon.security.UserBindings;
import org.dualcarbon.security.UserDirectory;
import org.springframework.stereotype.Component;

/**
 * A user's data scope from the organisation the account is bound to: a division and everything under it, a
 * park, an enterprise, a group's subsidiaries, or a verifier's assigned enterprises. The system administrator
 * manages base data everywhere; rule authors and the security and audit administrators see no business rows.
 */
@Component
class AccountBindings implements UserBindings {

    private static final String PLATFORM = "平台 / platform";

    private final OrganizationDirectory organizations;
    private final UserDirectory users;

    AccountBindings(OrganizationDirectory organizations, UserDirectory users) {
        this.organizations = organizations;
        this.users = users;
    }

    @Override
    public UserBinding bindingOf(UserAccount account) {
        return switch (account.role()) {
            case GOV_OFFICIAL, AUDITOR -> organizations.region(account.regionCode())
                    .map(r -> new UserBinding(r.name(), Scope.of(r.path())))
                    .orElse(UserBinding.NOTHING);
            case PARK_MANAGER -> account.parkId() == null ? UserBinding.NOTHING : organizations.park(account.parkId())
                    .map(p -> new UserBinding(p.name(), Scope.of(p.path())))
                    .orElse(UserBinding.NOTHING);
            case ENTERPRISE_FILLER, ENTERPRISE_MANAGER -> enterpriseBinding(account);
            case VERIFIER -> new UserBinding(account.displayName(),
                    Scope.of(organizations.enterprisePaths(users.verifierAssignments(account.id()))));
            case SYSTEM_ADMIN -> new UserBinding(PLATFORM, Scope.unrestricted());
            case RULE_AUTHOR, SECURITY_ADMIN, AUDIT_ADMIN -> new UserBinding(PLATFORM, Scope.none());
        };
    }

    @Override
    public List<FieldProblem> problemsWith(UserAccount account, List<Long> assignments) {
        List<FieldProblem> problems = new ArrayList<>();
        switch (account.role()) {
            case GOV_OFFICIAL, AUDITOR -> {
                if (organizations.region(account.regionCode()).isEmpty()) {
                    problems.add(new FieldProblem("regionCode", "请填写存在的行政区划代码 / a known division code is required"));
                }
            }
            case PARK_MANAGER -> {
                if (account.parkId() == null || organizations.park(account.parkId()).isEmpty()) {
                    problems.add(new FieldProblem("parkId", "请选择园区 / choose a park"));
                }
            }
            case ENTERPRISE_FILLER, ENTERPRISE_MANAGER -> problems.addAll(enterpriseProblems(account));
            case VERIFIER -> {
                for (int i = 0; i < assignments.size(); i++) {
                    if (organizations.enterprise(assignments.get(i)).isEmpty()) {
                        problems.add(new FieldProblem("assignedEnterpriseIds[" + i + "]", "企业不存在 / unknown enterprise"));
                    }
                }
            }
            default -> {
            }
        }
        return problems;
    }

    private List<FieldProblem> enterpriseProblems(UserAccount account) {
        boolean hasEnterprise = account.enterpriseId() != null;
        boolean hasGroup = account.groupId() != null;
        if (hasEnterprise == hasGroup) {
            return List.of(new FieldProblem("enterpriseId", "请选择一个企业或（企业管理者）一个集团 / choose one enterprise, or a group for a manager"));
        }
        if (hasGroup && account.role() != Role.ENTERPRISE_MANAGER) {
            return List.of(new FieldProblem("groupId", "只有企业管理者可代表集团 / only an enterprise manager may act for a group"));
        }
        if (hasEnterprise && organizations.enterprise(account.enterpriseId()).isEmpty()) {
            return List.of(new FieldProblem("enterpriseId", "企业不存在 / unknown enterprise"));
        }
        if (hasGroup && organizations.group(account.groupId()).isEmpty()) {
            return List.of(new FieldProblem("groupId", "企业集团不存在 / unknown group"));
        }
        return List.of();
    }

    private UserBinding enterpriseBinding(UserAccount account) {
        if (account.enterpriseId() != null) {
            return organizations.enterprise(account.enterpriseId())
                    .map(e -> new UserBinding(e.name(), Scope.of(e.scopePath())))
                    .orElse(UserBinding.NOTHING);
        }
        if (account.groupId() != null) {
            List<String> paths = organizations.subsidiaryPaths(account.groupId());
            String name = organizations.group(account.groupId()).map(EnterpriseGroup::name).orElse("");
            return new UserBinding(name, Scope.of(paths));
        }
        return UserBinding.NOTHING;
    }
}
