package org.dualcarbon.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Rule authors edit the threshold table: a table with contradicting limits, a zero window, an unknown pollutant code
 * or a duplicate row is refused with each row and reason and changes nothing; a good one (CSV or the downloaded
 * Excel) becomes the next version, with who and when, and the running rules use it at once. Each test leaves the
 * shipped rows active again (as a further version: versions are never removed).
 */
@PlatformTest
class MonitoringThresholdsTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    MonitoringRulesAccess rules;

    CurrentUser author() {
        return (CurrentUser) users.loadUserByUsername("rule.author");
    }

    static String shipped() throws Exception {
        return new ClassPathResource("rules/monitoring/warning-thresholds.drl.csv").getContentAsString(StandardCharsets.UTF_8);
    }

    MockMultipartHttpServletRequestBuilder upload(String name, String type, byte[] content, CurrentUser who) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/api/monitoring/thresholds/versions")
                .file(new MockMultipartFile("file", name, type, content)).param("reason", "核对超低排放限值").with(user(who))
                .with(csrf());
    }

    Double so2High() {
        return rules.thresholds().stream().filter(r -> r.name().equals("EXCEED.SO2")).findFirst().orElseThrow().high();
    }

    @AfterEach
    void shippedRowsAgain() throws Exception {
        if (so2High() != 35.0 || rules.thresholds().size() != 9) {
            mvc.perform(upload("shipped.csv", "text/csv", shipped().getBytes(StandardCharsets.UTF_8), author()))
                    .andExpect(status().isCreated());
        }
    }

    @Test
    void aContradictoryTableIsRefusedRowByRowAndTheRunningRulesStay() throws Exception {
        int versionsBefore = versionCount();
        String bad = shipped().replace("EXCEED.SO2,LIMIT,a21026,ALL,,35,30", "EXCEED.SO2,LIMIT,a21026,ALL,50,35,30")
                .replace("FLAT.CO2,FLATLINE,a05001,ALL,,,60", "FLAT.CO2,FLATLINE,a05001,ALL,,,0")
                .replace("RATE.SO2,RATE,a21026", "RATE.SO2,RATE,a99999")
                .replace("FLAT.FLOW,FLATLINE,a00000,ALL,,,60,", "FLAT.FLOW,LIMIT,a21002,ALL,,50,30,");
        mvc.perform(upload("bad.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8), author()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(1))
                .andExpect(jsonPath("$.errors[0].name").value("EXCEED.SO2"))
                .andExpect(jsonPath("$.errors[0].field").value("low/high"))
                .andExpect(jsonPath("$.errors[1].row").value(5))
                .andExpect(jsonPath("$.errors[1].reason").value(containsString("a99999")))
                .andExpect(jsonPath("$.errors[2].row").value(6))
                .andExpect(jsonPath("$.errors[2].field").value("window"))
                .andExpect(jsonPath("$.errors[3].row").value(7))
                .andExpect(jsonPath("$.errors[3].reason").value(containsString("duplicates an earlier row")));
        assertThat(versionCount()).as("nothing stored").isEqualTo(versionsBefore);
        assertThat(so2High()).as("running rules untouched").isEqualTo(35.0);
    }

    @Test
    void twoRowsOfOneNameAndAQuoteInACellAreRefusedBeforeDroolsSeesThem() throws Exception {
        String twice = shipped().replace("EXCEED.NOX,", "EXCEED.SO2,");
        mvc.perform(upload("twice.csv", "text/csv", twice.getBytes(StandardCharsets.UTF_8), author()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("the NAME of row 1 again")));
        String quoted = shipped().replace("平台缺省阈值（规则编写者可调整）：60分钟同一数值\n",
                "\"x\"\"); System.exit(0); (\"\"\"\n");
        mvc.perform(upload("quoted.csv", "text/csv", quoted.getBytes(StandardCharsets.UTF_8), author()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cell"));
        assertThat(so2High()).isEqualTo(35.0);
    }

    @Test
    void aGoodTableBecomesTheNextActiveVersionWithWhoAndWhenAndTheRulesUseIt() throws Exception {
        int versionsBefore = versionCount();
        String stricter = shipped().replace("EXCEED.SO2,LIMIT,a21026,ALL,,35,30", "EXCEED.SO2,LIMIT,a21026,ALL,,30,30");
        mvc.perform(upload("stricter.csv", "text/csv", stricter.getBytes(StandardCharsets.UTF_8), author()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.uploadedBy").value("rule.author"))
                .andExpect(jsonPath("$.origin").value("UPLOADED"))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.rowCount").value(9));
        assertThat(so2High()).isEqualTo(30.0);
        assertThat(versionCount()).isEqualTo(versionsBefore + 1);
        mvc.perform(get("/monitoring/thresholds").with(user(author()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-threshold=\"EXCEED.SO2\"")))
                .andExpect(content().string(containsString("stricter.csv")));
    }

    @Test
    void theDownloadedWorkbookComesBackAsANewVersion() throws Exception {
        int active = activeVersion();
        byte[] workbook = mvc.perform(get("/monitoring/thresholds/" + active + "/table.xlsx").with(user(author())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        mvc.perform(upload("thresholds.xlsx", XLSX, workbook, author())).andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(active + 1))
                .andExpect(jsonPath("$.fileName").value("thresholds.xlsx"));
        String csv = mvc.perform(get("/monitoring/thresholds/" + (active + 1) + "/table.csv").with(user(author())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("EXCEED.SO2,LIMIT,a21026,ALL,,35,30");
    }

    @Test
    void onlyRuleAuthorsUploadAndARefusalShowsOnThePage() throws Exception {
        CurrentUser filler = (CurrentUser) users.loadUserByUsername("ent.filler");
        mvc.perform(upload("any.csv", "text/csv", shipped().getBytes(StandardCharsets.UTF_8), filler))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/monitoring/thresholds").file(new MockMultipartFile("file", "t.txt", "text/plain", new byte[] {1}))
                        .param("reason", "x").with(user(author())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"table-problems\"")))
                .andExpect(content().string(containsString("only a .csv or .xlsx threshold table is accepted")));
    }

    int versionCount() throws Exception {
        return versions().size();
    }

    int activeVersion() throws Exception {
        return (Integer) versions().stream().filter(v -> Boolean.TRUE.equals(v.get("active"))).findFirst().orElseThrow()
                .get("version");
    }

    @SuppressWarnings("unchecked")
    List<java.util.Map<String, Object>> versions() throws Exception {
        String json = mvc.perform(get("/api/monitoring/thresholds/versions").with(user(author())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, List.class);
    }
}
