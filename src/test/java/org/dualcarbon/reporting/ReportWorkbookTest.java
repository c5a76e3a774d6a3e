package org.dualcarbon.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.security.MessageDigest;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.dualcarbon.common.excel.CellProblem;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.PlatformTest;
import org.dualcarbon.support.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The Excel round trip of a report (security.md §7 tests 14–15): the template carries validations, protection and
 * the report's identity; a filled template is submitted exactly as the web form would be, with its original kept and
 * hashed; every bad file — not Excel, over 10 MB, a zip bomb, an external entity, a renamed column, another unit's
 * template, text or a formula in a number cell — is refused with its sheet, row and column, and the report, its
 * submissions and its open task stay as they were.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportWorkbookTest {

    /** A year no other test launches, for the filler's own county only (a few dozen units). */
    static final int YEAR = 2022;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;
    @Autowired
    ObjectMapper json;
    @LocalServerPort
    int port;

    long refused;
    long accepted;
    byte[] refusedTemplate;
    byte[] acceptedTemplate;

    @BeforeAll
    void launchTheYearAndDownloadTwoTemplates() throws Exception {
        long enterprise = jdbc.queryForObject("SELECT enterprise_id FROM app_user WHERE username = 'ent.filler'", Long.class);
        String county = jdbc.queryForObject("SELECT region_code FROM enterprise WHERE id = ?", String.class, enterprise);
        mvc.perform(post("/reporting/cycles").with(user(as("gov.province"))).with(csrf()).param("year", String.valueOf(YEAR))
                .param("regionCode", county).param("deadline", LocalDate.now().plusDays(30).toString()))
                .andExpect(status().is3xxRedirection());
        List<Job> jobs;
        while (!(jobs = management.createJobQuery().executable().list()).isEmpty()) {
            jobs.forEach(j -> management.executeJob(j.getId()));
        }
        List<Long> reports = jdbc.queryForList("SELECT id FROM unit_report WHERE enterprise_id = ? AND period_year = ? ORDER BY id",
                Long.class, enterprise, YEAR);
        assertThat(reports).as("the demo filler's enterprise has two units").hasSizeGreaterThanOrEqualTo(2);
        refused = reports.get(0);
        accepted = reports.get(1);
        refusedTemplate = download(refused);
        acceptedTemplate = download(accepted);
    }

    @Test
    void theTemplateHasDropDownsProtectionAndTheReportsIdentity() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(refusedTemplate))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("月度数据");
            assertThat(workbook.getSheet("补充参数")).isNotNull();
            assertThat(workbook.getSheet("填报说明").getRow(0).getCell(0).getStringCellValue()).isEqualTo("填报说明");
            XSSFSheet data = workbook.getSheet("月度数据");
            assertThat(data.getProtect()).as("sheet protected").isTrue();
            assertThat(workbook.isStructureLocked()).isTrue();
            Row header = data.getRow(2);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("能源/物料品种");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("1月");
            assertThat(header.getCell(1).getCellStyle().getLocked()).as("headers locked").isTrue();
            assertThat(data.getRow(3).getCell(0).getCellStyle().getLocked()).as("row numbers locked").isTrue();
            assertThat(data.getRow(3).getCell(1).getCellStyle().getLocked()).as("item input unlocked").isFalse();
            assertThat(data.getRow(3).getCell(3).getCellStyle().getLocked()).as("month input unlocked").isFalse();
            assertThat(data.getDataValidations()).anySatisfy(v -> {
                assertThat(v.getValidationConstraint().getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.LIST);
                assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("DC_ITEMS");
            });
            assertThat(data.getDataValidations()).anySatisfy(v ->
                    assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("DC_UNITS"));
            assertThat(data.getDataValidations()).anySatisfy(v -> assertThat(v.getValidationConstraint().getValidationType())
                    .isEqualTo(DataValidationConstraint.ValidationType.DECIMAL));
            int meta = workbook.getSheetIndex("dc_meta");
            assertThat(workbook.getSheetVisibility(meta)).isEqualTo(SheetVisibility.VERY_HIDDEN);
            var custom = workbook.getProperties().getCustomProperties();
            assertThat(custom.getProperty("dc.reportId").getLpwstr()).isEqualTo(String.valueOf(refused));
            assertThat(custom.getProperty("dc.year").getLpwstr()).isEqualTo(String.valueOf(YEAR));
            assertThat(custom.getProperty("dc.uscc").getLpwstr()).isEqualTo(
                    jdbc.queryForObject("SELECT e.uscc FROM unit_report r JOIN enterprise e ON e.id = r.enterprise_id WHERE r.id = ?",
                            String.class, refused));
            assertThat(custom.getProperty("dc.templateVersion").getLpwstr()).startsWith("v1-");
            assertThat(workbook.getName("DC_REPORTID").getRefersToFormula()).isEqualTo("'dc_meta'!$B$1:$B$1");
        }
    }

    @Test
    void aFilledTemplateIsSubmittedLikeTheFormAndItsOriginalIsKept() throws Exception {
        // the unit's registered items, as the form test fills them (a template may offer items the sector's accounting
        // does not take, e.g. purchased heat for power plants)
        List<String> registered = jdbc.queryForList("SELECT a.name_zh FROM emission_unit_item i JOIN activity_item a "
                + "ON a.code = i.item_code JOIN unit_report u ON u.unit_id = i.unit_id WHERE u.id = ?", String.class, accepted);
        List<Integer> filledRows = new java.util.ArrayList<>();
        byte[] filled = WorkbookFiles.edited(acceptedTemplate, workbook -> {
            XSSFSheet data = workbook.getSheet("月度数据");
            for (int r = 3; r <= data.getLastRowNum(); r++) {
                if (!registered.contains(data.getRow(r).getCell(1).getStringCellValue())) {
                    continue;
                }
                filledRows.add(r);
                for (int m = 0; m < 12; m++) {
                    data.getRow(r).getCell(3 + m).setCellValue(100 + r * 10 + m + 0.25);
                }
            }
            XSSFSheet fields = workbook.getSheet("补充参数");
            for (int r = 2; r <= fields.getLastRowNum(); r++) {
                // green-certified power needs a residual-mix factor the demo lacks for 2022; the fractions are filled
                if (registered.contains(fields.getRow(r).getCell(0).getStringCellValue())
                        && !fields.getRow(r).getCell(1).getStringCellValue().contains("绿证")) {
                    fields.getRow(r).getCell(5).setCellValue(0.5);
                }
            }
        });
        MvcResult result = upload(accepted, filled, "2022年填报.xlsx", "x-ok").andExpect(status().is3xxRedirection()).andReturn();
        assertThat(result.getFlashMap().get("importProblems")).isNull();
        assertThat(jdbc.queryForObject("SELECT status FROM unit_report WHERE id = ?", String.class, accepted))
                .isIn("SUBMITTED", "FLAGGED");

        ReportData stored = json.readValue(jdbc.queryForObject("SELECT data_json FROM report_submission WHERE report_id = ?",
                String.class, accepted), ReportData.class);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(filled))) {
            XSSFSheet data = workbook.getSheet("月度数据");
            assertThat(filledRows).isNotEmpty();
            assertThat(stored.items()).hasSize(filledRows.size());
            int i = 0;
            for (ReportData.Item item : stored.items().values()) {
                Row row = data.getRow(filledRows.get(i++));
                for (int m = 0; m < 12; m++) {
                    assertThat(item.months().get(m)).isEqualByComparingTo(
                            BigDecimal.valueOf(row.getCell(3 + m).getNumericCellValue()));
                }
            }
        }
        assertThat(jdbc.queryForList("SELECT DISTINCT source FROM activity_record r JOIN unit_report u ON u.unit_id = r.unit_id "
                + "WHERE u.id = ? AND r.period_year = ?", String.class, accepted, YEAR)).containsExactly("EXCEL");
        Map<String, Object> kept = jdbc.queryForMap("SELECT file_name, sha256, size_bytes, content FROM report_attachment "
                + "WHERE report_id = ?", accepted);
        assertThat(kept.get("FILE_NAME")).isEqualTo("2022年填报.xlsx");
        assertThat(kept.get("SHA256")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(filled)));
        assertThat((byte[]) kept.get("CONTENT")).isEqualTo(filled);
        // the hash is on the report's API for a ledger to take
        String attachments = mvc.perform(get("/api/reports/" + accepted + "/attachments").with(user(as("ent.filler"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(attachments).contains((String) kept.get("SHA256"));
        // the same upload form posted twice stores one submission
        upload(accepted, filled, "2022年填报.xlsx", "x-ok").andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM report_attachment WHERE report_id = ?", Long.class, accepted)).isOne();
    }

    @Test
    void aFileThatIsNotExcelIsRefused() throws Exception {
        assertRefused("账目.xlsx", "这只是一个文本文件".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new CellProblem(null, null, null, "不是 Excel（.xlsx）文件"));
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() throws Exception {
        byte[] bomb = WorkbookFiles.zipBomb(refusedTemplate);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertRefused("bomb.xlsx", bomb, new CellProblem(null, null, null, "压缩炸弹"));
    }

    @Test
    void anExternalEntityIsRefused() throws Exception {
        assertRefused("xxe.xlsx", WorkbookFiles.xxe(refusedTemplate), new CellProblem(null, null, null, "DOCTYPE"));
    }

    @Test
    void aRenamedColumnIsNamedByItsCell() throws Exception {
        byte[] renamed = WorkbookFiles.edited(refusedTemplate, w -> w.getSheet("月度数据").getRow(2).getCell(5).setCellValue("三月"));
        assertRefused("renamed.xlsx", renamed, new CellProblem("月度数据", 3, "F", "列标题应为「3月」，实为「三月」"));
    }

    @Test
    void anotherUnitsTemplateIsRefused() throws Exception {
        assertRefused("other.xlsx", acceptedTemplate, new CellProblem(null, null, null, "不能导入本报告 " + refused));
    }

    @Test
    void textAFormulaAndANegativeFigureAreAllReportedAtTheirCells() throws Exception {
        byte[] bad = WorkbookFiles.edited(refusedTemplate, w -> {
            Row row = w.getSheet("月度数据").getRow(3);
            row.getCell(3).setCellValue("一百二十");
            row.getCell(4).setCellFormula("SUM(F4:G4)");
            row.getCell(5).setCellValue(-5);
            row.getCell(6).setCellValue(12.5);
        });
        List<CellProblem> problems = refusedWith("bad.xlsx", bad);
        assertThat(problems).anySatisfy(p -> assertCell(p, new CellProblem("月度数据", 4, "D", "实为文本「一百二十」")));
        assertThat(problems).anySatisfy(p -> assertCell(p, new CellProblem("月度数据", 4, "E", "单元格含公式「=SUM(F4:G4)」")));
        assertThat(problems).anySatisfy(p -> assertCell(p, new CellProblem("月度数据", 4, "F", "不能为负")));
        assertUnchanged();
    }

    @Test
    void anUploadOverTenMegabytesGetsAClearPage() {
        WebSession browser = new WebSession(port);
        browser.login("ent.filler", DemoFixture.PASSWORD);
        String csrf = browser.csrfToken("/reports/" + refused);
        HttpResponse<String> response = browser.postMultipart("/reports/" + refused + "/import?_csrf=" + csrf,
                Map.of("token", "x-big"), "file", "big.xlsx", new byte[11 * 1024 * 1024]);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("文件超过 10 MB 上限").doesNotContain("Exception");
        assertUnchanged();
    }

    @Test
    void theApiAnswersARefusalWithEveryProblemAndItsCell() throws Exception {
        byte[] bad = WorkbookFiles.edited(refusedTemplate, w -> w.getSheet("月度数据").getRow(4).getCell(7).setCellValue("n/a"));
        String body = mvc.perform(multipart("/api/reports/" + refused + "/workbook")
                        .file(new MockMultipartFile("file", "bad.xlsx", "application/octet-stream", bad))
                        .with(user(as("ent.filler"))).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("\"sheet\":\"月度数据\"", "\"row\":5", "\"column\":\"H\"", "n/a");
        assertUnchanged();
    }

    private void assertRefused(String name, byte[] file, CellProblem expected) throws Exception {
        assertThat(refusedWith(name, file)).anySatisfy(p -> assertCell(p, expected));
        assertUnchanged();
    }

    @SuppressWarnings("unchecked")
    private List<CellProblem> refusedWith(String name, byte[] file) throws Exception {
        MvcResult result = upload(refused, file, name, "x-" + name).andExpect(status().is3xxRedirection()).andReturn();
        List<CellProblem> problems = (List<CellProblem>) result.getFlashMap().get("importProblems");
        assertThat(problems).as("problems of " + name).isNotEmpty();
        return problems;
    }

    /** Same place; the reason contains the expected text. */
    private static void assertCell(CellProblem actual, CellProblem expected) {
        assertThat(actual.sheet()).isEqualTo(expected.sheet());
        assertThat(actual.row()).isEqualTo(expected.row());
        assertThat(actual.column()).isEqualTo(expected.column());
        assertThat(actual.reason()).contains(expected.reason());
    }

    /** Nothing stored, the report still open, its submission task still there. */
    private void assertUnchanged() {
        assertThat(jdbc.queryForObject("SELECT status FROM unit_report WHERE id = ?", String.class, refused)).isEqualTo("OPEN");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM report_submission WHERE report_id = ?", Long.class, refused)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM report_attachment WHERE report_id = ?", Long.class, refused)).isZero();
        String instance = jdbc.queryForObject("SELECT process_instance FROM unit_report WHERE id = ?", String.class, refused);
        assertThat(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(ReportingProcess.TASK_SUBMIT).count())
                .isOne();
    }

    private org.springframework.test.web.servlet.ResultActions upload(long report, byte[] file, String name, String token)
            throws Exception {
        return mvc.perform(multipart("/reports/" + report + "/import")
                .file(new MockMultipartFile("file", name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
                .param("token", token).with(user(as("ent.filler"))).with(csrf()));
    }

    private byte[] download(long report) throws Exception {
        MvcResult result = mvc.perform(get("/reports/" + report + "/template.xlsx").with(user(as("ent.filler"))))
                .andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains(".xlsx");
        return result.getResponse().getContentAsByteArray();
    }

    private CurrentUser as(String name) {
        return (CurrentUser) users.loadUserByUsername(name);
    }
}
