package org.dualcarbon.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The system administrator creates, disables and enables accounts; nobody else may; bad input names its field. */
@PlatformTest
class UserAdministrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNewOfficialCanLogInWithTheScopeOfItsDivision() throws Exception {
        mvc.perform(post("/api/users").with(org.dualcarbon.support.DemoSecondFactor.basic("sysadmin", DemoFixture.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"gov.wuzhong","displayName":"吴忠市测试官员","role":"GOV_OFFICIAL",
                                 "regionCode":"640300","initialPassword":"Wuzhong#2026"}
                                """))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.role").value("GOV_OFFICIAL"));
        long inCity = jdbc.queryForObject("SELECT COUNT(*) FROM enterprise WHERE scope_path LIKE '/640000/640300/%'", Long.class);
        // the initial password opens only the password page
        mvc.perform(get("/api/enterprises").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.wuzhong", "Wuzhong#2026"))).andExpect(status().isForbidden());
        mvc.perform(post("/account/password").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.wuzhong", "Wuzhong#2026"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("current", "Wuzhong#2026").param("password", "Wuzhong#2027").param("confirmation", "Wuzhong#2027"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/enterprises?size=200").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.wuzhong", "Wuzhong#2027")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(inCity));

        mvc.perform(put("/api/users/gov.wuzhong/enabled?value=false").with(org.dualcarbon.support.DemoSecondFactor.basic("sysadmin", DemoFixture.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(get("/api/enterprises").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.wuzhong", "Wuzhong#2027"))).andExpect(status().isUnauthorized());
    }

    @Test
    void badAccountsAreRefusedFieldByField() throws Exception {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Long.class);
        mvc.perform(post("/api/users").with(org.dualcarbon.support.DemoSecondFactor.basic("sysadmin", DemoFixture.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"gov.province","displayName":"重复","role":"GOV_OFFICIAL","regionCode":"999999",
                                 "initialPassword":"abc12345"}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("username")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("regionCode")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("initialPassword")));
        mvc.perform(post("/api/users").with(org.dualcarbon.support.DemoSecondFactor.basic("sysadmin", DemoFixture.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"Bad Name!","displayName":"","role":"PARK_MANAGER","initialPassword":"Park#2026x"}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("username")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("displayName")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Long.class)).isEqualTo(before);
    }

    @Test
    void onlyTheSystemAdministratorManagesAccounts() throws Exception {
        for (String user : new String[] {"gov.province", "secadmin", "auditadmin", "ent.manager"}) {
            mvc.perform(get("/api/users").with(org.dualcarbon.support.DemoSecondFactor.basic(user, DemoFixture.PASSWORD))).andExpect(status().isForbidden());
        }
    }
}
