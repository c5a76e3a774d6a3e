package org.dualcarbon.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 三员分立 and privilege escalation, generated from {@link PermissionMatrix}: the system, security and audit
 * administrators share no permission and hold no business write permission; and for every demo account (one per role)
 * and every permission with a probe — a request guarded by exactly that permission — the platform lets the request
 * through exactly when the matrix grants the role that permission, and answers 403 otherwise.
 */
@PlatformTest
class RoleSeparationTest {

    /** One demo account per role (README, demo accounts). */
    static final List<String> ACCOUNTS = List.of("gov.province", "park.manager", "ent.filler", "ent.manager", "verifier",
            "rule.author", "auditor", "sysadmin", "secadmin", "auditadmin");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    /** Requests that exactly one permission guards; a granted request may still fail validation (400), never 401/403. */
    static Map<Permission, MockHttpServletRequestBuilder> probes() {
        return Map.of(
                Permission.ACTIVITY_READ, get("/api/monitoring/devices"),
                Permission.USER_MANAGE, get("/api/users"),
                Permission.AUDIT_LOG_READ, get("/audit"),
                Permission.LEDGER_VERIFY, get("/api/ledger/records"),
                Permission.OPERATIONS, get("/actuator/prometheus"),
                Permission.ENGINE_ADMIN, get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics"),
                Permission.RULE_EDIT, get("/api/monitoring/thresholds/versions/1/table.csv"),
                Permission.ORG_MANAGE, post("/api/analysis/statistics/gdp").contentType(MediaType.APPLICATION_JSON).content("{}"),
                Permission.UNIT_MANAGE, post("/api/monitoring/devices").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":1}"));
    }

    @Test
    void theThreeAdministratorsShareNothingAndHoldNoBusinessWriteRight() {
        Set<Permission> system = PermissionMatrix.of(Role.SYSTEM_ADMIN);
        Set<Permission> security = PermissionMatrix.of(Role.SECURITY_ADMIN);
        Set<Permission> audit = PermissionMatrix.of(Role.AUDIT_ADMIN);
        assertThat(system).doesNotContainAnyElementsOf(security).doesNotContainAnyElementsOf(audit);
        assertThat(security).doesNotContainAnyElementsOf(audit);
        Set<Permission> businessWrites = EnumSet.of(Permission.ACTIVITY_SUBMIT, Permission.REPORT_LAUNCH, Permission.REPORT_VERIFY,
                Permission.REPORT_APPROVE, Permission.RULE_EDIT, Permission.UNIT_MANAGE);
        for (Role admin : List.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN)) {
            assertThat(PermissionMatrix.of(admin)).as(admin.name()).doesNotContainAnyElementsOf(businessWrites);
        }
        // reading the audit log is the audit side's alone; managing users the system administrator's alone
        for (Role role : Role.values()) {
            if (PermissionMatrix.allows(role, Permission.AUDIT_LOG_READ)) {
                assertThat(role).isIn(Role.AUDIT_ADMIN, Role.AUDITOR);
            }
            if (PermissionMatrix.allows(role, Permission.USER_MANAGE)) {
                assertThat(role).isEqualTo(Role.SYSTEM_ADMIN);
            }
            if (PermissionMatrix.allows(role, Permission.SECURITY_POLICY)) {
                assertThat(role).isEqualTo(Role.SECURITY_ADMIN);
            }
        }
    }

    @Test
    void everyRoleReachesExactlyWhatTheMatrixGrants() throws Exception {
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (String account : ACCOUNTS) {
            CurrentUser me = (CurrentUser) users.loadUserByUsername(account);
            Role role = me.role();
            for (Map.Entry<Permission, MockHttpServletRequestBuilder> probe : probes().entrySet()) {
                var response = mvc.perform(probe.getValue().with(user(me)).with(csrf())).andReturn().getResponse();
                int status = response.getStatus();
                boolean granted = PermissionMatrix.allows(role, probe.getKey());
                boolean toLogin = status == 302 && String.valueOf(response.getRedirectedUrl()).contains("/login");
                boolean through = status != 401 && status != 403 && !toLogin;
                if (granted != through) {
                    wrong.add(account + " (" + role + ") " + probe.getKey() + ": " + status + ", matrix says "
                            + (granted ? "granted" : "refused"));
                }
                cases++;
            }
        }
        assertThat(cases).isEqualTo(ACCOUNTS.size() * probes().size());
        assertThat(wrong).isEmpty();
    }
}
