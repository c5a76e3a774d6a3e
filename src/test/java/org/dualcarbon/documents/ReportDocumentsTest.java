package org.dualcarbon.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The report documents on the whole platform: a unit's 2023 report driven to approval (with a flag explained in
 * words that contain {@code <} and {@code &}) gets its .docx and PDF fingerprinted after the approval commits; both
 * files carry the stored total to the digit, the Chinese texts, the explanation, the verifier's findings and the
 * decision; generating again gives the same bytes as at approval; an official of another division gets 404. The
 * regional summary's totals are the inventory's.
 */
@PlatformTest
class ReportDocumentsTest {

    static final int YEAR = 2023;
    static final String EXPLANATION = "三月<检修>后补录 & 已与台账核对";
    static final String FINDINGS = "数据与台账一致，核查通过";
    /** The approved report, driven once for the whole class (the context and its data are shared). */
    static Long approved;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ManagementService management;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void approveOneReport() throws Exception {
        if (approved == null) {
            approved = driveToApproval();
        }
    }

    @Test
    void theApprovedReportIsFingerprintedAndItsDocxCarriesTheFiguresAndTheTrail() throws Exception {
        await().atMost(Duration.ofSeconds(90)).until(() -> fingerprints(approved).size() == 2);
        byte[] docx = download("/reports/" + approved + "/document.docx", "gov.province").getContentAsByteArray();
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
            assertThat(extractor.getText()).contains("年度碳排放报告", unitName(approved), storedTotal(approved), EXPLANATION,
                    FINDINGS, "已批准", "同意", "统一社会信用代码", "已核验");
        }
        assertThat(GeneratedDocument.of("x", DocumentFormat.DOCX, docx).sha256())
                .as("the same bytes as registered at approval").isEqualTo(fingerprint(approved, "DOCX"));
    }

    @Test
    void thePdfCarriesTheSameTextAndIsTheSameEachTime() throws Exception {
        await().atMost(Duration.ofSeconds(90)).until(() -> fingerprints(approved).size() == 2);
        MockHttpServletResponse first = download("/reports/" + approved + "/document.pdf", "ent.filler");
        assertThat(first.getContentType()).isEqualTo("application/pdf");
        assertThat(first.getHeader("Content-Disposition")).contains("attachment", ".pdf");
        byte[] second = download("/api/reports/" + approved + "/documents/pdf", "verifier").getContentAsByteArray();
        assertThat(second).isEqualTo(first.getContentAsByteArray());
        assertThat(first.getHeader("X-Content-SHA256")).isEqualTo(fingerprint(approved, "PDF"));
        try (PDDocument pdf = Loader.loadPDF(second)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("年度碳排放报告", unitName(approved), storedTotal(approved), FINDINGS, "已批准", "第 1 页");
            assertThat(text.replace("\r", "").replace("\n", "")).as("the explanation, wrapped in its table cell")
                    .contains(EXPLANATION);
        }
    }

    @Test
    void thePagesOfferTheDownloads() throws Exception {
        mvc.perform(get("/reports/" + approved).with(user(as("ent.filler")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/reports/" + approved + "/document.docx\"")))
                .andExpect(content().string(containsString("下载 Word")))
                .andExpect(content().string(containsString("href=\"/reports/" + approved + "/document.pdf\"")))
                .andExpect(content().string(containsString("下载 PDF")));
        mvc.perform(get("/emissions/inventory?year=" + YEAR).with(user(as("gov.city")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/emissions/inventory/summary.pdf?year=" + YEAR + "&amp;region=640100")));
        mvc.perform(get("/emissions/inventory?year=" + YEAR).with(user(as("ent.manager")))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("summary.pdf"))));
    }

    @Test
    void anOfficialOfAnotherDivisionGets404() throws Exception {
        long elsewhere = jdbc.queryForObject("SELECT MIN(id) FROM unit_report WHERE period_year = ? "
                + "AND scope_path NOT LIKE '%/640181/%'", Long.class, YEAR);
        mvc.perform(get("/reports/" + elsewhere + "/document.pdf").with(user(as("gov.district")))).andExpect(status().isNotFound());
        mvc.perform(get("/api/reports/" + elsewhere + "/documents/docx").with(user(as("gov.district"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/reports/" + elsewhere + "/documents").with(user(as("gov.district")))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/" + elsewhere + "/document.pdf").with(user(as("gov.province")))).andExpect(status().isOk());
        mvc.perform(get("/reports/" + elsewhere + "/document.txt").with(user(as("gov.province")))).andExpect(status().isNotFound());
    }

    @Test
    void theRegionalSummaryTotalsAreTheInventorys() throws Exception {
        JsonNode inventory = json.readTree(mvc.perform(get("/api/emissions/inventory?year=" + YEAR + "&region=640000")
                .with(user(as("gov.province")))).andReturn().getResponse().getContentAsString());
        BigDecimal total = inventory.get("total").decimalValue();
        assertThat(total.signum()).isPositive();
        String city = inventory.get("byDivision").fieldNames().next();
        String cityTotal = tonnes(inventory.get("byDivision").get(city).decimalValue());

        byte[] docx = download("/emissions/inventory/summary.docx?year=" + YEAR + "&region=640000", "gov.province")
                .getContentAsByteArray();
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
            assertThat(extractor.getText()).contains("宁夏回族自治区" + YEAR + "年度碳排放汇总报告", tonnes(total), cityTotal,
                    "分行业排放", "重点排放企业", "同比");
        }
        byte[] pdf = download("/api/emissions/inventory/summary/pdf?year=" + YEAR + "&region=640000", "gov.province")
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains(tonnes(total), cityTotal, "分能源品种");
        }
        assertThat(download("/emissions/inventory/summary.pdf?year=" + YEAR + "&region=640000", "gov.province")
                .getContentAsByteArray()).as("generated twice").isEqualTo(pdf);
        // the district official: 404 for the province, own division by default; others may not have it at all
        mvc.perform(get("/emissions/inventory/summary.pdf?year=" + YEAR + "&region=640000").with(user(as("gov.district"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/emissions/inventory/summary.docx?year=" + YEAR).with(user(as("gov.district"))))
                .andExpect(status().isOk());
        mvc.perform(get("/emissions/inventory/summary.docx?year=" + YEAR).with(user(as("ent.manager"))))
                .andExpect(status().isForbidden());
    }

    private long driveToApproval() throws Exception {
        mvc.perform(form("/reporting/cycles", "gov.province").param("year", String.valueOf(YEAR)).param("regionCode", "640000")
                .param("deadline", LocalDate.now().plusDays(30).toString())).andExpect(status().is3xxRedirection());
        List<Job> jobs;
        while (!(jobs = management.createJobQuery().executable().list()).isEmpty()) {
            jobs.forEach(j -> management.executeJob(j.getId()));
        }
        long enterprise = jdbc.queryForObject("SELECT enterprise_id FROM app_user WHERE username = 'ent.filler'", Long.class);
        long report = jdbc.queryForObject("SELECT MIN(id) FROM unit_report WHERE enterprise_id = ? AND period_year = ?",
                Long.class, enterprise, YEAR);
        long unit = jdbc.queryForObject("SELECT unit_id FROM unit_report WHERE id = ?", Long.class, report);
        List<String> items = jdbc.queryForList("SELECT item_code FROM emission_unit_item WHERE unit_id = ?", String.class, unit);
        MockHttpServletRequestBuilder submit = form("/reports/" + report + "/submit", "ent.filler").param("token", "doc-" + report);
        for (String item : items) {
            for (int m = 1; m <= 12; m++) {
                submit.param("q." + item + "." + m, m == 3 ? "120000" : "120");
            }
            if (item.equals("CARBON_ANODE") || item.equals("ELECTRODE")) {
                submit.param("x." + item + ".carbonFraction", "0.98");
            }
        }
        mvc.perform(submit).andExpect(status().is3xxRedirection());
        MockHttpServletRequestBuilder explain = form("/reports/" + report + "/explain", "ent.filler").param("correct", "false");
        List<Long> flags = jdbc.queryForList("SELECT id FROM report_flag WHERE report_id = ?", Long.class, report);
        assertThat(flags).as("the month-3 slip is flagged").isNotEmpty();
        flags.forEach(flag -> explain.param("explanation." + flag, EXPLANATION));
        mvc.perform(explain).andExpect(status().is3xxRedirection());
        mvc.perform(form("/reports/" + report + "/verify", "verifier").param("findings", FINDINGS))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form("/reports/" + report + "/decide", "gov.province").param("approved", "true").param("comment", "同意"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT status FROM unit_report WHERE id = ?", String.class, report)).isEqualTo("APPROVED");
        return report;
    }

    private MockHttpServletResponse download(String path, String userName) throws Exception {
        return mvc.perform(get(path).with(user(as(userName)))).andExpect(status().isOk()).andReturn().getResponse();
    }

    private List<String> fingerprints(long report) {
        return jdbc.queryForList("SELECT doc_format FROM report_document WHERE report_id = ?", String.class, report);
    }

    private String fingerprint(long report, String format) {
        return jdbc.queryForObject("SELECT sha256 FROM report_document WHERE report_id = ? AND doc_format = ?", String.class,
                report, format);
    }

    private String storedTotal(long report) {
        return tonnes(jdbc.queryForObject("SELECT total_t FROM unit_report WHERE id = ?", BigDecimal.class, report));
    }

    private String unitName(long report) {
        return jdbc.queryForObject("SELECT u.name FROM unit_report r JOIN emission_unit u ON u.id = r.unit_id WHERE r.id = ?",
                String.class, report);
    }

    static String tonnes(BigDecimal value) {
        return new DecimalFormat("#,##0.0000", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(value.setScale(4, RoundingMode.HALF_UP));
    }

    CurrentUser as(String name) {
        return (CurrentUser) users.loadUserByUsername(name);
    }

    MockHttpServletRequestBuilder form(String path, String userName) {
        return post(path).with(user(as(userName))).with(csrf());
    }
}
