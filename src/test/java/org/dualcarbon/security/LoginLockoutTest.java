package org.dualcarbon.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Five wrong passwords lock an account for 15 minutes: even the right password is refused while it is locked, another
 * account is not affected, and once the lock has passed the right password works and clears the count.
 */
@PlatformTest
class LoginLockoutTest {

    static final String USER = "lockout.test";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fiveFailuresLockTheAccountForAWhile() throws Exception {
        // an account of its own (same password as the demo accounts), so no other test's login is locked
        if (jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Long.class, USER) == 0) {
            jdbc.update("INSERT INTO app_user (username, display_name, password_hash, role, region_code) "
                    + "SELECT ?, '锁定测试', password_hash, role, region_code FROM app_user WHERE username = 'gov.district'", USER);
        }
        assertThat(status(USER, DemoFixture.PASSWORD)).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            assertThat(status(USER, "wrong-" + i)).isEqualTo(401);
        }
        assertThat(status(USER, DemoFixture.PASSWORD)).as("four failures: not locked yet, and the count is cleared").isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(status(USER, "wrong-" + i)).isEqualTo(401);
        }
        assertThat(status(USER, DemoFixture.PASSWORD)).as("locked: the right password is refused too").isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT locked_until FROM app_user WHERE username = ?", java.sql.Timestamp.class, USER)
                .toLocalDateTime()).isBetween(java.time.LocalDateTime.now().plusMinutes(14), java.time.LocalDateTime.now().plusMinutes(16));
        assertThat(status("gov.district", DemoFixture.PASSWORD)).as("another account").isEqualTo(200);

        jdbc.update("UPDATE app_user SET locked_until = ? WHERE username = ?",
                java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().minusSeconds(1)), USER);
        assertThat(status(USER, DemoFixture.PASSWORD)).as("the lock has passed").isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT failed_logins FROM app_user WHERE username = ?", Integer.class, USER)).isZero();
    }

    private int status(String user, String password) throws Exception {
        return mvc.perform(get("/api/regions").with(org.dualcarbon.support.DemoSecondFactor.basic(user, password))).andReturn().getResponse().getStatus();
    }
}
