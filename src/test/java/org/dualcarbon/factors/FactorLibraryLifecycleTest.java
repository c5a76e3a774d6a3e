package org.dualcarbon.factors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.dualcarbon.factors.internal.TableFiles;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A rule author downloads a table as Excel, changes it, uploads it; a second person approves it in the engine;
 * from then on lookups use it. A bad table is refused with sheet, row, column and reason, and the active version
 * stays as it was.
 */
@PlatformTest
class FactorLibraryLifecycleTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;
    @Autowired
    FactorLibraries libraries;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    UserDetailsService users;

    private CurrentUser author() {
        return (CurrentUser) users.loadUserByUsername("rule.author");
    }

    private byte[] editedHeatDefaults(String version, String heatFactor) throws Exception {
        byte[] xlsx = mvc.perform(get("/factors/PROCESS-HEAT-DEFAULTS/2026-11/table.xlsx").with(user(author())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String csv = new String(TableFiles.toCsv("t.xlsx", xlsx), StandardCharsets.UTF_8)
                .replace("PROCESS-HEAT-DEFAULTS,2026-11,", "PROCESS-HEAT-DEFAULTS," + version + ",")
                .replace("EF.HEAT,EF_HEAT,HEAT,CN,1990,9999,0.11,", "EF.HEAT,EF_HEAT,HEAT,CN,1990,9999," + heatFactor + ",");
        return TableFiles.csvToXlsx(csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEditedTableIsReviewedByASecondPersonAndThenUsed() throws Exception {
        byte[] edited = editedHeatDefaults("2026-12", "0.12");
        mvc.perform(multipart("/factors/upload").file(new MockMultipartFile("file", "heat.xlsx", XLSX, edited))
                        .param("reason", "行业指南热力缺省值核对后更新").with(user(author())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(libraries.active("PROCESS-HEAT-DEFAULTS").orElseThrow().version()).as("not active before review")
                .isEqualTo("2026-11");

        Task review = tasks.createTaskQuery().processInstanceBusinessKey("PROCESS-HEAT-DEFAULTS@2026-12").singleResult();
        identity.setAuthentication("gov.province", List.of("govOfficial"));
        try {
            tasks.complete(review.getId(), Map.of("approved", "true", "reviewComment", "与指南一致"));
        } finally {
            identity.clearAuthentication();
        }
        assertThat(libraries.active("PROCESS-HEAT-DEFAULTS").orElseThrow().version()).isEqualTo("2026-12");
        assertThat(libraries.activeLookup("PROCESS-HEAT-DEFAULTS")
                .require(FactorKey.national(FactorParameter.EF_HEAT, "HEAT", 2025)).value()).isEqualByComparingTo("0.12");
        assertThat(libraries.lookup("PROCESS-HEAT-DEFAULTS", "2026-11")
                .require(FactorKey.national(FactorParameter.EF_HEAT, "HEAT", 2025)).value()).as("old version unchanged")
                .isEqualByComparingTo("0.11");
    }

    @Test
    void aBadTableIsRefusedWithItsPlaceAndTheActiveVersionStays() throws Exception {
        String before = libraries.active("IPCC-GWP").orElseThrow().version();
        String csv = new String(libraries.content("IPCC-GWP", before), StandardCharsets.UTF_8)
                .replace("IPCC-GWP,AR6-2021,", "IPCC-GWP,AR6-2027,")
                .replace("GWP.CH4.AR5,GWP,CH4@AR5,CN,1990,9999,28,tCO2e/t", "GWP.CH4.AR5,GWP,CH4@AR5,CN,1990,9999,abc,kg");
        mvc.perform(multipart("/factors/upload").file(new MockMultipartFile("file", "gwp.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).param("reason", "test").with(user(author())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"table-problems\"")))
                .andExpect(content().string(containsString("a plain decimal number: abc")))
                .andExpect(content().string(containsString("unit for GWP must be one of")));
        assertThat(libraries.active("IPCC-GWP").orElseThrow().version()).isEqualTo(before);
        assertThat(libraries.versions()).noneMatch(v -> v.version().equals("AR6-2027"));
    }

    @Test
    void formulasAndOtherFilesAreRefused() throws Exception {
        mvc.perform(multipart("/factors/upload").file(new MockMultipartFile("file", "x.txt", "text/plain", new byte[] {1, 2}))
                        .param("reason", "test").with(user(author())).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("only .xlsx or .csv")));
        mvc.perform(multipart("/factors/upload").file(new MockMultipartFile("file", "x.xlsx", XLSX, "not a zip".getBytes()))
                        .param("reason", "test").with(user(author())).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("not a readable .xlsx file")));
    }

    @Test
    void onlyRuleAuthorsSubmitTables() throws Exception {
        CurrentUser official = (CurrentUser) users.loadUserByUsername("gov.province");
        mvc.perform(multipart("/factors/upload").file(new MockMultipartFile("file", "heat.xlsx", XLSX,
                        editedHeatDefaults("2027-01", "0.13"))).param("reason", "x").with(user(official)).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
