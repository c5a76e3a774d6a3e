package org.dualcarbon.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An account created by the system administrator must change its initial password before anything else (pages
 * redirect, the API answers 403); the new password must meet the policy, be confirmed, and not repeat the current one
 * or one of the last five.
 */
@PlatformTest
class PasswordChangeTest {

    static final String USER = "initial.pw";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void anInitialPasswordMustBeChangedFirstAndOldPasswordsCannotComeBack() throws Exception {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Long.class, USER) == 0) {
            mvc.perform(post("/api/users").with(org.dualcarbon.support.DemoSecondFactor.basic("sysadmin", org.dualcarbon.support.DemoFixture.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"" + USER + "\",\"displayName\":\"初始密码\","
                                    + "\"role\":\"AUDITOR\",\"regionCode\":\"640000\",\"initialPassword\":\"Init@2026a\"}"))
                    .andExpect(status().isCreated());
        }
        CurrentUser me = (CurrentUser) users.loadUserByUsername(USER);
        assertThat(me.loggedInWithInitialPassword()).isTrue();
        mvc.perform(get("/reports").with(user(me))).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/api/regions").with(org.dualcarbon.support.DemoSecondFactor.basic(USER, "Init@2026a"))).andExpect(status().isForbidden());
        // Camunda's own servlets are behind the same gate
        org.dualcarbon.support.WebSession web = new org.dualcarbon.support.WebSession(port);
        assertThat(web.basic("GET", "/engine-rest/task", USER, "Init@2026a", null).statusCode()).isEqualTo(403);
        web.login(USER, "Init@2026a");
        assertThat(web.get("/camunda/app/welcome/default/").headers().firstValue("Location").orElse(""))
                .endsWith("/account/password");

        change(me, "wrong", "New@2026b", "New@2026b", "current");
        change(me, "Init@2026a", "short", "short", "password");
        change(me, "Init@2026a", "New@2026b", "Other@2026", "confirmation");
        change(me, "Init@2026a", "Init@2026a", "Init@2026a", "password");
        change(me, "Init@2026a", "New@2026b", "New@2026b", null);
        mvc.perform(get("/reports").with(user(me))).andExpect(status().isOk());
        mvc.perform(get("/api/regions").with(org.dualcarbon.support.DemoSecondFactor.basic(USER, "New@2026b"))).andExpect(status().isOk());
        assertThat(web.basic("GET", "/engine-rest/task", USER, "New@2026b", null).statusCode()).isEqualTo(200);

        String current = "New@2026b";
        for (String next : new String[] {"Next@2026c", "Next@2026d", "Next@2026e", "Next@2026f"}) {
            change(me, current, next, next, null);
            current = next;
        }
        // the last five before Next@2026f: Next@2026e, d, c, New@2026b and the initial one
        change(me, current, "Init@2026a", "Init@2026a", "password");
        change(me, current, "New@2026b", "New@2026b", "password");
    }

    private void change(CurrentUser me, String current, String next, String confirmation, String failingField) throws Exception {
        String page = mvc.perform(post("/account/password").with(user(me)).with(csrf()).param("current", current)
                .param("password", next).param("confirmation", confirmation)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        if (failingField == null) {
            assertThat(page).contains("data-testid=\"saved\"");
        } else {
            assertThat(page).contains("data-field=\"" + failingField + "\"").doesNotContain("data-testid=\"saved\"");
        }
    }
}
