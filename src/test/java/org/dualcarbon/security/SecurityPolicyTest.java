package org.dualcarbon.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.PlatformTest;
import org.dualcarbon.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The security administrator sets the password and session policy (issue 9 item 4): a good change is in force at once
 * (a shorter lockout threshold locks sooner), audited with old and new values; values under the level-3 floor are refused
 * by field; the system and audit administrators cannot change it. The defaults are put back at the end (shared context).
 */
@PlatformTest
class SecurityPolicyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityPolicies policies;

    private List<Map.Entry<String, String>> form(WebSession web, int failures, int idle, String reason) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("minLength", "8"), Map.entry("charClasses", "3"),
                Map.entry("historyCount", "5"), Map.entry("maxFailures", String.valueOf(failures)), Map.entry("lockMinutes", "15"),
                Map.entry("idleMinutes", String.valueOf(idle)), Map.entry("reason", reason)));
        fields.add(Map.entry("_csrf", web.csrfToken("/security/policy")));
        return fields;
    }

    @Test
    void theSecurityAdministratorsChangeIsInForceAndAuditedWeakValuesAndOtherAdministratorsAreRefused() {
        WebSession secadmin = new WebSession(port);
        secadmin.login("secadmin", DemoFixture.PASSWORD);
        try {
            HttpResponse<String> weak = secadmin.postForm("/security/policy", form(secadmin, 20, 60, "too weak"));
            assertThat(weak.body()).contains("data-field=\"maxFailures\"").contains("data-field=\"idleMinutes\"");
            int before = policies.current().version();

            HttpResponse<String> good = secadmin.postForm("/security/policy", form(secadmin, 3, 10, "等保测评整改：锁定阈值改为3次"));
            assertThat(good.statusCode()).isEqualTo(302);
            assertThat(policies.current().maxFailures()).isEqualTo(3);
            assertThat(policies.current().version()).isEqualTo(before + 1);
            assertThat(jdbc.queryForObject("SELECT detail FROM audit_log WHERE event = 'SECURITY_POLICY_CHANGED' ORDER BY id DESC LIMIT 1",
                    String.class)).contains("failures 5→3").contains("idle 15→10").contains("锁定阈值改为3次");

            String user = "policy.lock";
            if (jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Long.class, user) == 0) {
                jdbc.update("INSERT INTO app_user (username, display_name, password_hash, role, region_code) "
                        + "SELECT ?, '策略测试', password_hash, role, region_code FROM app_user WHERE username = 'gov.district'", user);
            }
            WebSession web = new WebSession(port);
            for (int i = 0; i < 3; i++) {
                assertThat(web.anonymousBasic("/api/regions", user, "wrong-" + i, null).statusCode()).isEqualTo(401);
            }
            assertThat(web.anonymousBasic("/api/regions", user, DemoFixture.PASSWORD, null).statusCode())
                    .as("locked after the policy's 3 failures").isEqualTo(401);

            WebSession sysadmin = new WebSession(port);
            sysadmin.login("sysadmin", DemoFixture.PASSWORD);
            assertThat(sysadmin.get("/security/policy").statusCode()).isEqualTo(403);
            WebSession auditadmin = new WebSession(port);
            auditadmin.login("auditadmin", DemoFixture.PASSWORD);
            assertThat(auditadmin.get("/security/policy").statusCode()).isEqualTo(403);
        } finally {
            secadmin.postForm("/security/policy", form(secadmin, 5, 15, "恢复默认 / back to the defaults"));
        }
        assertThat(policies.current().maxFailures()).isEqualTo(5);
    }
}
