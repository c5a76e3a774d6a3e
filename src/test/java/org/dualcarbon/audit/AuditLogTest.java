package org.dualcarbon.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dualcarbon.audit.internal.AuditArchive;
import org.dualcarbon.ledger.LedgerVerifier;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.PlatformTest;
import org.dualcarbon.support.WebSession;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit log records logins (failed ones too), logouts, account changes and exports with user, source address and
 * result; only the audit administrator and auditors read it (the system administrator may not: 三员分立); its rows
 * move to the archive after the retention, the move itself audited, and stay covered by the ledger.
 */
@PlatformTest
class AuditLogTest {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    AuditArchive archive;
    @Autowired
    LedgerVerifier verifier;

    @Test
    void securityAndBusinessEventsAreRecordedReadableByAuditorsOnlyAndArchived() throws Exception {
        long start = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM audit_log", Long.class);
        WebSession session = new WebSession(port);
        session.login("ent.filler", "wrong-password");
        assertThat(session.login("ent.filler", DemoFixture.PASSWORD)).doesNotContain("error");
        assertThat(session.get("/reports?format=csv").statusCode()).isEqualTo(200);
        session.postForm("/logout", List.of(Map.entry("_csrf", session.csrfToken("/"))));

        mvc.perform(post("/admin/users/ent.manager/enabled").param("value", "false").with(user(as("sysadmin"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/users/ent.manager/enabled").param("value", "true").with(user(as("sysadmin"))).with(csrf()))
                .andExpect(status().is3xxRedirection());

        List<Map<String, Object>> rows = jdbc.queryForList("SELECT username, source_address, event, object_id, outcome "
                + "FROM audit_log WHERE id > ? ORDER BY id", start);
        assertThat(rows).extracting(r -> r.get("EVENT") + " " + r.get("USERNAME") + " " + r.get("OUTCOME"))
                .containsSubsequence("LOGIN_FAILED ent.filler FAILURE", "LOGIN ent.filler SUCCESS", "EXPORT ent.filler SUCCESS",
                        "LOGOUT ent.filler SUCCESS", "USER_DISABLED sysadmin SUCCESS", "USER_ENABLED sysadmin SUCCESS");
        assertThat(rows).filteredOn(r -> "LOGIN".equals(r.get("EVENT"))).extracting(r -> r.get("SOURCE_ADDRESS"))
                .containsOnly("127.0.0.1");
        assertThat(rows).filteredOn(r -> "EXPORT".equals(r.get("EVENT"))).extracting(r -> r.get("OBJECT_ID"))
                .containsOnly("/reports?format=csv");

        mvc.perform(get("/audit?event=LOGIN&user=ent.filler").with(user(as("auditadmin")))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-event=\"LOGIN\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("data-event=\"LOGOUT\""))));
        mvc.perform(get("/audit?from=2020-01-01&to=2099-12-31&page=1").with(user(as("auditor")))).andExpect(status().isOk());
        for (String other : List.of("sysadmin", "secadmin", "ent.filler", "gov.province")) {
            mvc.perform(get("/audit").with(user(as(other)))).andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE event = 'AUDIT_VIEWED' AND id > ?", Long.class, start))
                .as("reading the log is audited").isEqualTo(2);

        int moved = archive.archive(Instant.now().plus(Duration.ofDays(181)));
        assertThat(moved).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log_archive WHERE id > ?", Long.class, start)).isPositive();
        assertThat(jdbc.queryForList("SELECT event FROM audit_log WHERE id > ?", String.class, start)).containsExactly("AUDIT_ARCHIVED");
        assertThat(verifier.verify("test").ok()).as("archived rows still verify").isTrue();
    }

    private CurrentUser as(String name) {
        return (CurrentUser) users.loadUserByUsername(name);
    }
}
