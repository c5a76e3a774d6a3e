package org.dualcarbon.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The province's enterprises with activity data are accounted for two years; the rankings page and API rank the units
 * by the accounting_run figures in the database, compute the change between the two years, keep a county official to
 * the county, export the same rows, and answer bad input with its status and field.
 */
@PlatformTest
class EmissionRankingsTest {

    static final int BEFORE = 2023;
    static final int YEAR = 2024;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    private static boolean accounted;

    @BeforeEach
    void accountTwoYears() throws Exception {
        if (accounted) {
            return;
        }
        for (int year : List.of(BEFORE, YEAR)) {
            org.dualcarbon.support.DemoAccounting.accountAll(mvc, jdbc, "gov.province", year, "/640000/");
        }
        accounted = true;
    }

    @Test
    void unitsAreRankedByTheirRunTotalsWithTheChangeAgainstThePreviousYear() throws Exception {
        List<Map<String, Object>> expected = jdbc.queryForList("SELECT r.unit_id, r.total_t, r.energy_tce FROM accounting_run r "
                + "WHERE r.period_year = ? AND r.superseded = FALSE AND r.scope_path LIKE '/640000/%' "
                + "ORDER BY r.total_t DESC", YEAR);
        JsonNode rows = api("/api/analysis/rankings?year=" + YEAR, "gov.province").get("ranking").get("rows");
        assertThat(rows).hasSize(expected.size()).isNotEmpty();
        int withChange = 0;
        for (int i = 0; i < expected.size(); i++) {
            JsonNode row = rows.get(i);
            assertThat(row.get("rank").asInt()).isEqualTo(i + 1);
            assertThat(new BigDecimal(row.get("total").asText())).isEqualByComparingTo((BigDecimal) expected.get(i).get("total_t"));
            long unit = row.get("unitId").asLong();
            List<BigDecimal> previous = jdbc.queryForList("SELECT total_t FROM accounting_run WHERE unit_id = ? AND period_year = ? "
                    + "AND superseded = FALSE", BigDecimal.class, unit, BEFORE);
            BigDecimal now = new BigDecimal(row.get("total").asText());
            if (previous.isEmpty() || previous.get(0).signum() == 0) {
                assertThat(row.get("yoy").get("value").isNull()).isTrue();
                assertThat(row.get("yoy").get("reason").asText()).contains("上年");
            } else {
                BigDecimal before = previous.get(0);
                BigDecimal yoy = now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before.abs(), 2, RoundingMode.HALF_UP);
                assertThat(new BigDecimal(row.get("yoy").get("value").asText())).as("unit %d", unit).isEqualByComparingTo(yoy);
                withChange++;
            }
            JsonNode perEnergy = row.get("intensityEnergy");
            BigDecimal energy = (BigDecimal) expected.get(i).get("energy_tce");
            if (energy == null || energy.signum() == 0) {
                assertThat(perEnergy.get("value").isNull()).isTrue();
                assertThat(perEnergy.get("reason").asText()).contains("能耗");
            } else {
                assertThat(new BigDecimal(perEnergy.get("value").asText()))
                        .isEqualByComparingTo(now.divide(energy, 4, RoundingMode.HALF_UP));
            }
        }
        assertThat(withChange).as("units with a run in both years").isPositive();
        assertThat(rows.toString()).contains("MWh");

        JsonNode ascending = api("/api/analysis/rankings?year=" + YEAR + "&sort=energy&dir=asc", "gov.province").get("ranking").get("rows");
        List<BigDecimal> energies = new ArrayList<>();
        ascending.forEach(r -> {
            if (!r.get("energyTce").isNull()) {
                energies.add(new BigDecimal(r.get("energyTce").asText()));
            }
        });
        assertThat(energies).isSortedAccordingTo(BigDecimal::compareTo);

        JsonNode summary = api("/api/analysis/rankings?year=" + YEAR + "&region=640000&dimension=region", "gov.province").get("summary");
        BigDecimal sum = jdbc.queryForObject("SELECT SUM(total_t) FROM accounting_run WHERE period_year = ? AND superseded = FALSE "
                + "AND scope_path LIKE '/640000/%'", BigDecimal.class, YEAR);
        assertThat(new BigDecimal(summary.get("total").asText())).isEqualByComparingTo(sum);
        assertThat(summary.get("parts").toString()).contains("银川市");
        assertThat(summary.get("yoy").get("value").isNull()).isFalse();
    }

    @Test
    void filtersKeepOnlyTheMatchingUnits() throws Exception {
        JsonNode power = api("/api/analysis/rankings?year=" + YEAR + "&industry=power&sort=intensity_output", "gov.province")
                .get("ranking").get("rows");
        assertThat(power).isNotEmpty();
        power.forEach(r -> assertThat(r.get("sector").asText()).isEqualTo("POWER"));
        assertThat(power.get(0).get("intensityOutput").get("value").isNull()).isFalse();
        String line = jdbc.queryForObject("SELECT MIN(l.line_id) FROM accounting_line l JOIN accounting_run r ON r.id = l.run_id "
                + "WHERE r.period_year = ? AND r.superseded = FALSE", String.class, YEAR);
        Long withLine = jdbc.queryForObject("SELECT COUNT(DISTINCT r.unit_id) FROM accounting_line l JOIN accounting_run r "
                + "ON r.id = l.run_id WHERE r.period_year = ? AND r.superseded = FALSE AND l.line_id = ? "
                + "AND r.scope_path LIKE '/640000/%'", Long.class, YEAR, line);
        assertThat(api("/api/analysis/rankings?year=" + YEAR + "&energyType=" + line, "gov.province").get("ranking").get("rows"))
                .hasSize(withLine.intValue());
        mvc.perform(get("/analysis/rankings?year=" + YEAR + "&dimension=energy_type&sort=yoy&dir=asc")
                        .with(org.dualcarbon.support.DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-testid=\"summary\"")));
    }

    @Test
    void theCountyOfficialSeesOnlyTheCountysUnits() throws Exception {
        JsonNode rows = api("/api/analysis/rankings?year=" + YEAR, "gov.district").get("ranking").get("rows");
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM accounting_run WHERE period_year = ? AND superseded = FALSE "
                + "AND scope_path LIKE '/640000/640100/640181/%'", Long.class, YEAR);
        assertThat(rows).hasSize(count.intValue()).isNotEmpty();
        rows.forEach(r -> assertThat(r.get("regionCode").asText()).startsWith("640181"));
        mvc.perform(get("/analysis/rankings?year=" + YEAR).with(org.dualcarbon.support.DemoSecondFactor.basic("gov.district", DemoFixture.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-chart=")))
                .andExpect(content().string(containsString("data-testid=\"rankings\"")));
    }

    @Test
    void theGroupManagerSeesItsSubsidiariesRanked() throws Exception {
        List<Long> subsidiaries = jdbc.queryForList("SELECT e.id FROM enterprise e JOIN app_user u ON u.group_id = e.group_id "
                + "WHERE u.username = 'group.manager'", Long.class);
        Long runs = jdbc.queryForObject("SELECT COUNT(*) FROM accounting_run r JOIN enterprise e ON e.id = r.enterprise_id "
                + "JOIN app_user u ON u.group_id = e.group_id WHERE u.username = 'group.manager' AND r.period_year = ? "
                + "AND r.superseded = FALSE", Long.class, YEAR);
        JsonNode rows = api("/api/analysis/rankings?year=" + YEAR, "group.manager").get("ranking").get("rows");
        assertThat(rows).hasSize(runs.intValue()).isNotEmpty();
        rows.forEach(r -> assertThat(subsidiaries).contains(r.get("enterpriseId").asLong()));
    }

    @Test
    void theExportHasTheSameRows() throws Exception {
        JsonNode rows = api("/api/analysis/rankings?year=" + YEAR + "&sort=total", "gov.province").get("ranking").get("rows");
        byte[] xlsx = mvc.perform(get("/analysis/rankings?year=" + YEAR + "&sort=total&format=xlsx")
                        .with(org.dualcarbon.support.DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.getRow(i + 1);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(rows.get(i).get("unitCode").asText());
                assertThat(BigDecimal.valueOf(row.getCell(7).getNumericCellValue()))
                        .isEqualByComparingTo(new BigDecimal(rows.get(i).get("total").asText()).setScale(4, RoundingMode.HALF_UP));
            }
        }
        mvc.perform(get("/api/analysis/rankings?year=" + YEAR + "&format=csv").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"));
    }

    @Test
    void badInputAnswersWithItsStatusAndField() throws Exception {
        mvc.perform(get("/api/analysis/rankings?year=" + YEAR + "&region=999999").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/analysis/rankings?year=" + YEAR + "&region=640200").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.district", DemoFixture.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/analysis/rankings?year=" + YEAR + "&region=999999").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD)))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("data-testid=\"message\"")));
        mvc.perform(get("/api/analysis/rankings?sort=beauty").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sort"));
        mvc.perform(get("/api/analysis/rankings?dimension=colour").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("dimension"));
        mvc.perform(get("/api/analysis/rankings?dir=up").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("dir"));
        mvc.perform(get("/analysis/rankings?sort=beauty").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("sort")));

        JsonNode empty = api("/api/analysis/rankings?year=1999", "gov.province");
        assertThat(empty.get("ranking").get("rows")).isEmpty();
        assertThat(empty.get("ranking").get("message").asText()).contains("没有核算结果");
        assertThat(empty.get("summary").get("yoy").get("value").isNull()).isTrue();
        mvc.perform(get("/analysis/rankings?year=1999").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-testid=\"empty\"")));
    }

    private JsonNode api(String url, String user) throws Exception {
        return json.readTree(mvc.perform(get(url).with(org.dualcarbon.support.DemoSecondFactor.basic(user, DemoFixture.PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }
}
