package org.dualcarbon.statistics;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.DemoSecondFactor;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The rebuild endpoint: the system administrator with a reason; nobody else; no reason → 400 naming the field. */
@PlatformTest
class StatisticsRebuildApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theSystemAdministratorRebuildsWithAReason() throws Exception {
        mvc.perform(post("/api/statistics/rebuild").param("reason", "恢复备份后 / after a restore")
                        .with(DemoSecondFactor.basic("sysadmin", DemoFixture.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.cells").isNumber());
        mvc.perform(post("/api/statistics/rebuild").with(DemoSecondFactor.basic("sysadmin", DemoFixture.PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("reason")));
        mvc.perform(post("/api/statistics/rebuild").param("reason", "x")
                        .with(DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD)))
                .andExpect(status().isForbidden());
    }
}
