package org.dualcarbon.factors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The shipped libraries are registered and active on start; lookups, rows and pages show values with citations. */
@PlatformTest
class FactorLibrariesTest {

    @Autowired
    FactorLibraries libraries;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void shippedLibrariesAreRegisteredAndActive() {
        assertThat(libraries.versions()).extracting("code").contains("GBT32151.22-2024-C1", "GBT32150-2015-B", "ETS-POWER-2021",
                "MEE-NBS-ELECTRICITY", "IPCC-GWP", "PROCESS-HEAT-DEFAULTS", "GBT2589-2020");
        // other tests of the shared context add versions (in review, or approved and activated): only the shipped
        // ones are checked, each active unless a version approved since has taken its place
        assertThat(libraries.versions()).filteredOn(v -> v.origin().equals("SHIPPED")).hasSize(7).allSatisfy(v -> {
            assertThat(v.active() || !libraries.active(v.code()).orElseThrow().origin().equals("SHIPPED")).isTrue();
            assertThat(v.contentHash()).hasSize(64);
            assertThat(v.reviewState()).isEqualTo("APPROVED");
        });
    }

    @Test
    void theLookupApiGivesTheValueWithItsCitation() throws Exception {
        mvc.perform(get("/api/factors/lookup?library=MEE-NBS-ELECTRICITY&parameter=EF_ELECTRICITY&subject=GRID&region=640000&year=2023")
                        .with(org.dualcarbon.support.DemoSecondFactor.basic("ent.filler", DemoFixture.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value(0.6187))
                .andExpect(jsonPath("$.unit").value("tCO2/MWh"))
                .andExpect(jsonPath("$.status").value("verified"))
                .andExpect(jsonPath("$.source").value(containsString("2025年第47号")))
                .andExpect(jsonPath("$.version").value("2025-12"));
        mvc.perform(get("/api/factors/lookup?library=MEE-NBS-ELECTRICITY&parameter=NOPE&subject=GRID&year=2023")
                .with(org.dualcarbon.support.DemoSecondFactor.basic("ent.filler", DemoFixture.PASSWORD))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/factors/lookup?library=MEE-NBS-ELECTRICITY&parameter=EF_ELECTRICITY&subject=GRID&year=2010")
                .with(org.dualcarbon.support.DemoSecondFactor.basic("ent.filler", DemoFixture.PASSWORD))).andExpect(status().isNotFound());
    }

    @Test
    void theRuleAuthorSeesEveryRowWithItsStatus() throws Exception {
        CurrentUser author = (CurrentUser) users.loadUserByUsername("rule.author");
        mvc.perform(get("/factors").with(user(author))).andExpect(status().isOk())
                .andExpect(content().string(containsString("GBT32151.22-2024-C1")));
        mvc.perform(get("/factors/GBT32151.22-2024-C1/2024?q=BITUMINOUS").with(user(author))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-name=\"NCV.BITUMINOUS_COAL\"")))
                .andExpect(content().string(containsString("19.570")))
                .andExpect(content().string(containsString("表C.1 烟煤")));
    }
}
