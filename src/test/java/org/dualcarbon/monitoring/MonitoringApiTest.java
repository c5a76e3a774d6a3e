package org.dualcarbon.monitoring;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * /api/monitoring: registration answers the broker secret once, bad input names its field, a device outside the
 * caller's scope is 404, and the accepted HJ 212 deviations are set by name.
 */
@PlatformTest
class MonitoringApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void devicesAreRegisteredListedAndConfiguredWithinTheCallersScope() throws Exception {
        // a unit outside 灵武市 (640181), the county official's scope
        long unit = jdbc.queryForObject("SELECT MIN(u.id) FROM emission_unit u JOIN enterprise e ON e.id = u.enterprise_id "
                + "WHERE e.scope_path NOT LIKE '/640000/640100/640181/%'", Long.class);
        String created = mvc.perform(post("/api/monitoring/devices").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mn\":\"APIDEV0001\",\"name\":\"2号锅炉CEMS\",\"unitId\":" + unit + ",\"protocol\":\"HJ212\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.device.mn").value("APIDEV0001"))
                .andExpect(jsonPath("$.secret").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        long id = com.jayway.jsonpath.JsonPath.parse(created).read("$.device.id", Long.class);

        mvc.perform(get("/api/monitoring/devices").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].mn", hasItem("APIDEV0001")))
                .andExpect(content().string(not(containsString("secret"))));
        mvc.perform(post("/api/monitoring/devices").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mn\":\"APIDEV0001\",\"name\":\"again\",\"unitId\":" + unit + ",\"protocol\":\"HJ212\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("mn"));
        mvc.perform(post("/api/monitoring/devices").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mn\":\"APIDEV0002\",\"name\":\"x\",\"protocol\":\"HJ212\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("unitId"));

        mvc.perform(put("/api/monitoring/devices/" + id + "/compatibility").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"compatibility\":\"MODBUS_CRC_SWAPPED\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.compatibility").value("MODBUS_CRC_SWAPPED"));
        mvc.perform(put("/api/monitoring/devices/" + id + "/compatibility").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"compatibility\":\"NO_SUCH_DEVIATION\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("compatibility"));
        mvc.perform(get("/api/monitoring/devices/" + id + "/readings").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD))).andExpect(status().isOk());

        String outsider = "gov.district";
        mvc.perform(get("/api/monitoring/devices/" + id).with(org.dualcarbon.support.DemoSecondFactor.basic(outsider, DemoFixture.PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/api/monitoring/devices").with(org.dualcarbon.support.DemoSecondFactor.basic(outsider, DemoFixture.PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].mn", not(hasItem("APIDEV0001"))));
    }
}
