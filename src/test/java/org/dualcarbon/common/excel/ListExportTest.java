package org.dualcarbon.common.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Every main list exports as the page shows it, within the caller's data scope only. */
@PlatformTest
class ListExportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void everyMainListExportsToExcelAndItsPageLinksToIt() throws Exception {
        for (String list : List.of("/reports", "/reporting/progress?year=2025", "/emissions/inventory?year=2024",
                "/monitoring/devices", "/monitoring/rejected", "/org/enterprises")) {
            String separator = list.contains("?") ? "&" : "?";
            MvcResult xlsx = mvc.perform(get(list + separator + "format=xlsx").with(user(as("gov.province"))))
                    .andExpect(status().isOk()).andReturn();
            assertThat(xlsx.getResponse().getContentType()).as(list).startsWith("application/vnd.openxmlformats");
            assertThat(xlsx.getResponse().getHeader("Content-Disposition")).as(list).startsWith("attachment").contains(".xlsx");
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
                assertThat(workbook.getNumberOfSheets()).as(list).isPositive();
            }
            MvcResult csv = mvc.perform(get(list + separator + "format=csv").with(user(as("gov.province"))))
                    .andExpect(status().isOk()).andReturn();
            assertThat(csv.getResponse().getContentType()).as(list).startsWith("text/csv");
            String page = mvc.perform(get(list).with(user(as("gov.province")))).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString();
            assertThat(page).as(list).contains("data-testid=\"export-xlsx\"").contains("format=xlsx");
        }
    }

    @Test
    void anExportHoldsOnlyTheRowsOfTheCallersScope() throws Exception {
        Set<String> district = usccs("gov.district");
        Set<String> province = usccs("gov.province");
        assertThat(district).isNotEmpty();
        assertThat(province).hasSizeGreaterThan(district.size()).containsAll(district);
        assertThat(district).containsExactlyInAnyOrderElementsOf(jdbc.queryForList(
                "SELECT uscc FROM enterprise WHERE region_code LIKE '640181%' OR scope_path LIKE '%/640181/%'", String.class));

        String fillerUscc = jdbc.queryForObject("SELECT e.uscc FROM enterprise e JOIN app_user u ON u.enterprise_id = e.id "
                + "WHERE u.username = 'ent.filler'", String.class);
        assertThat(usccs("ent.filler")).containsExactly(fillerUscc);
        // reports of other enterprises (when other tests have opened some) never reach the filler's export
        assertThat(column("ent.filler", "/reports?format=xlsx", 3)).allMatch(fillerUscc::equals);
    }

    private Set<String> usccs(String userName) throws Exception {
        return new HashSet<>(column(userName, "/org/enterprises?format=xlsx", 0));
    }

    private List<String> column(String userName, String export, int column) throws Exception {
        byte[] file = mvc.perform(get(export).with(user(as(userName)))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> values = new java.util.ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    values.add(row.getCell(column).getStringCellValue());
                }
            }
            return values;
        }
    }

    private CurrentUser as(String name) {
        return (CurrentUser) users.loadUserByUsername(name);
    }
}
