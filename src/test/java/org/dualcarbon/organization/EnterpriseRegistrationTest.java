package org.dualcarbon.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import org.dualcarbon.common.identifiers.UnifiedSocialCreditCode;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Registering and changing enterprises through the API and the pages: good input is stored inside the
 * caller's scope; bad input gets a 400 problem (API) or the form again (page) naming the field, and nothing
 * is stored.
 */
@PlatformTest
class EnterpriseRegistrationTest {

    private static final AtomicInteger SERIAL = new AtomicInteger(1000);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    /** A fresh, valid credit code registered in 灵武市 (640181). */
    static String newUscc() {
        String first17 = "91640181" + "MA" + String.format("%07d", SERIAL.incrementAndGet());
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    private static String body(String uscc, String name, String region, String industry) {
        return """
                {"uscc":"%s","name":"%s","regionCode":"%s","industryCode":"%s","etsKeyEmitter":true,"address":"宁夏灵武市"}
                """.formatted(uscc, name, region, industry);
    }

    private long enterprises() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM enterprise", Long.class);
    }

    @Test
    void districtOfficialRegistersAnEnterpriseInItsDistrict() throws Exception {
        String uscc = newUscc();
        mvc.perform(post("/api/enterprises").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.district", DemoFixture.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body(uscc, "灵武测试新材料有限公司", "640181", "3011")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.uscc").value(uscc))
                .andExpect(jsonPath("$.scopePath").value("/640000/640100/640181/E" + uscc + "/"))
                .andExpect(jsonPath("$.industryName").value("水泥制造"));
    }

    @Test
    void anEnterpriseOutsideTheJurisdictionIsRefusedAndNothingIsStored() throws Exception {
        long before = enterprises();
        mvc.perform(post("/api/enterprises").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.district", DemoFixture.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body(newUscc(), "越界企业有限公司", "640104", "3011")))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors[0].field").value("regionCode"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("管辖范围")));
        assertThat(enterprises()).isEqualTo(before);
    }

    @Test
    void badCodesAreNamedFieldByField() throws Exception {
        long before = enterprises();
        mvc.perform(post("/api/enterprises").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body("916401815555555550", "坏代码企业", "999999", "9999")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:dualcarbon:problem:invalid-input"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("uscc")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("regionCode")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("industryCode")))
                .andExpect(jsonPath("$.errors[?(@.field == 'uscc')].reason").value(hasItem(containsString("校验码"))));
        assertThat(enterprises()).isEqualTo(before);
    }

    @Test
    void missingFieldsAreListed() throws Exception {
        mvc.perform(post("/api/enterprises").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"uscc\":\"\",\"name\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("regionCode")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("industryCode")));
    }

    @Test
    void aDuplicateCreditCodeIsRefused() throws Exception {
        String existing = jdbc.queryForObject("SELECT MIN(uscc) FROM enterprise", String.class);
        long before = enterprises();
        mvc.perform(post("/api/enterprises").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body(existing, "重复企业", "640181", "3011")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("uscc"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("已登记")));
        assertThat(enterprises()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        mvc.perform(post("/api/enterprises").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"uscc\": [1,2"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:dualcarbon:problem:unreadable-body"));
    }

    @Test
    void enterpriseUsersMayNotRegisterEnterprises() throws Exception {
        mvc.perform(post("/api/enterprises").with(org.dualcarbon.support.DemoSecondFactor.basic("ent.filler", DemoFixture.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body(newUscc(), "无权企业", "640181", "3011")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aStaleVersionIsRefused() throws Exception {
        long id = jdbc.queryForObject("SELECT MIN(id) FROM enterprise WHERE region_code = '640181' AND park_id IS NULL", Long.class);
        String uscc = jdbc.queryForObject("SELECT uscc FROM enterprise WHERE id = ?", String.class, id);
        int version = jdbc.queryForObject("SELECT version FROM enterprise WHERE id = ?", Integer.class, id);
        String industry = jdbc.queryForObject("SELECT industry_code FROM enterprise WHERE id = ?", String.class, id);
        mvc.perform(put("/api/enterprises/" + id + "?version=" + version).with(org.dualcarbon.support.DemoSecondFactor.basic("gov.district", DemoFixture.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body(uscc, "改名后的企业有限公司", "640181", industry)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(version + 1));
        mvc.perform(put("/api/enterprises/" + id + "?version=" + version).with(org.dualcarbon.support.DemoSecondFactor.basic("gov.district", DemoFixture.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body(uscc, "又一次改名", "640181", industry)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void theFormIsShownAgainWithTheProblemAndNothingIsStored() throws Exception {
        CurrentUser official = (CurrentUser) users.loadUserByUsername("gov.province");
        long before = enterprises();
        mvc.perform(post("/org/enterprises").with(user(official)).with(csrf())
                        .param("uscc", "123").param("name", "表单测试企业").param("regionCode", "640181")
                        .param("industryCode", "3011"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-field=\"uscc\"")))
                .andExpect(content().string(containsString("统一社会信用代码应为18位")))
                .andExpect(content().string(containsString("value=\"表单测试企业\"")));
        assertThat(enterprises()).isEqualTo(before);
    }

    @Test
    void theFormWithoutACsrfTokenIsRefused() throws Exception {
        CurrentUser official = (CurrentUser) users.loadUserByUsername("gov.province");
        mvc.perform(post("/org/enterprises").with(user(official)).param("uscc", newUscc()))
                .andExpect(status().isForbidden());
    }

    @Test
    void templatesEscapeWhatUsersTyped() throws Exception {
        String uscc = newUscc();
        String id = com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/enterprises")
                        .with(org.dualcarbon.support.DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(uscc, "<script>alert(1)</script>", "640181", "3011")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id").toString();
        CurrentUser official = (CurrentUser) users.loadUserByUsername("gov.province");
        mvc.perform(get("/org/enterprises/" + id).with(user(official)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
    }
}
