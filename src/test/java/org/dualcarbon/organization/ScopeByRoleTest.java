package org.dualcarbon.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each role sees exactly its scope through the API, and an object outside it answers 404 — never its data.
 * Expected sets come straight from the database (plain JDBC, outside the scope filter).
 */
@PlatformTest
class ScopeByRoleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void provincialOfficialSeesTheWholeProvince() throws Exception {
        List<Long> seen = enterpriseIdsSeenBy("gov.province");
        assertThat(seen).containsExactlyInAnyOrderElementsOf(idsWhere("scope_path LIKE '/640000/%'"));
        assertThat(seen).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void cityOfficialSeesItsCityOnly() throws Exception {
        List<Long> seen = enterpriseIdsSeenBy("gov.city");
        assertThat(seen).isNotEmpty().containsExactlyInAnyOrderElementsOf(idsWhere("scope_path LIKE '/640000/640100/%'"));
        long outside = firstIdWhere("scope_path NOT LIKE '/640000/640100/%'");
        mvc.perform(get("/api/enterprises/" + outside).with(org.dualcarbon.support.DemoSecondFactor.basic("gov.city", DemoFixture.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/enterprises/" + outside + "/units").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.city", DemoFixture.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void districtOfficialSeesItsDistrictIncludingItsParks() throws Exception {
        String district = jdbc.queryForObject("SELECT region_code FROM app_user WHERE username = 'gov.district'", String.class);
        String path = jdbc.queryForObject("SELECT path FROM region WHERE code = ?", String.class, district);
        assertThat(enterpriseIdsSeenBy("gov.district")).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(idsWhere("scope_path LIKE '" + path + "%'"));
    }

    @Test
    void parkManagerSeesItsParkOnly() throws Exception {
        long park = jdbc.queryForObject("SELECT park_id FROM app_user WHERE username = 'park.manager'", Long.class);
        assertThat(enterpriseIdsSeenBy("park.manager")).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(idsWhere("park_id = " + park));
    }

    @Test
    void enterpriseUserSeesItsOwnEnterpriseAndNothingElse() throws Exception {
        long own = jdbc.queryForObject("SELECT enterprise_id FROM app_user WHERE username = 'ent.filler'", Long.class);
        assertThat(enterpriseIdsSeenBy("ent.filler")).containsExactly(own);
        long other = firstIdWhere("id <> " + own);
        mvc.perform(get("/api/enterprises/" + other).with(org.dualcarbon.support.DemoSecondFactor.basic("ent.filler", DemoFixture.PASSWORD)))
                .andExpect(status().isNotFound());
        long otherUnit = jdbc.queryForObject("SELECT MIN(id) FROM emission_unit WHERE enterprise_id <> ?", Long.class, own);
        mvc.perform(get("/api/units/" + otherUnit).with(org.dualcarbon.support.DemoSecondFactor.basic("ent.filler", DemoFixture.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/enterprises/" + own).with(org.dualcarbon.support.DemoSecondFactor.basic("ent.filler", DemoFixture.PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void groupManagerSeesItsSubsidiaries() throws Exception {
        long group = jdbc.queryForObject("SELECT group_id FROM app_user WHERE username = 'group.manager'", Long.class);
        assertThat(enterpriseIdsSeenBy("group.manager")).hasSizeGreaterThan(1)
                .containsExactlyInAnyOrderElementsOf(idsWhere("group_id = " + group));
    }

    @Test
    void verifierSeesTheEnterprisesAssignedToIt() throws Exception {
        List<Long> assigned = jdbc.queryForList("SELECT a.enterprise_id FROM verifier_assignment a "
                + "JOIN app_user u ON u.id = a.user_id WHERE u.username = 'verifier'", Long.class);
        assertThat(enterpriseIdsSeenBy("verifier")).isNotEmpty().containsExactlyInAnyOrderElementsOf(assigned);
    }

    @Test
    void systemAdministratorManagesBaseDataEverywhere() throws Exception {
        assertThat(enterpriseIdsSeenBy("sysadmin")).containsExactlyInAnyOrderElementsOf(idsWhere("1 = 1"));
    }

    @Test
    void rolesWithoutBusinessDataAreRefused() throws Exception {
        for (String user : List.of("rule.author", "secadmin", "auditadmin")) {
            mvc.perform(get("/api/enterprises").with(org.dualcarbon.support.DemoSecondFactor.basic(user, DemoFixture.PASSWORD))).andExpect(status().isForbidden());
        }
    }

    @Test
    void anonymousCallsAreRefused() throws Exception {
        mvc.perform(get("/api/enterprises")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/enterprises").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.city", "wrong-password"))).andExpect(status().isUnauthorized());
    }

    private List<Long> enterpriseIdsSeenBy(String user) throws Exception {
        List<Long> ids = new ArrayList<>();
        int page = 0;
        while (true) {
            String body = mvc.perform(get("/api/enterprises?size=200&page=" + page).with(org.dualcarbon.support.DemoSecondFactor.basic(user, DemoFixture.PASSWORD)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            JsonNode result = json.readTree(body);
            result.get("items").forEach(e -> ids.add(e.get("id").asLong()));
            if (ids.size() >= result.get("total").asLong()) {
                return ids;
            }
            page++;
        }
    }

    private List<Long> idsWhere(String condition) {
        return jdbc.queryForList("SELECT id FROM enterprise WHERE " + condition, Long.class);
    }

    private long firstIdWhere(String condition) {
        return jdbc.queryForObject("SELECT MIN(id) FROM enterprise WHERE " + condition, Long.class);
    }
}
