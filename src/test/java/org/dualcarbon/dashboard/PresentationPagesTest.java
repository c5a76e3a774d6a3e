package org.dualcarbon.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.DemoSecondFactor;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The 展示大屏 (/screen) and the 互动屏 (/touch): their views, the headline figure against the current runs in the
 * database, drill-down links within the scope, and bad input answered on the page with its status.
 */
@PlatformTest
class PresentationPagesTest {

    static final int YEAR = 2023;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    /** One enterprise of 银川 accounted for the year, so the figures compared are not all zero. */
    @org.junit.jupiter.api.BeforeEach
    void accountOne() throws Exception {
        long id = jdbc.queryForObject("SELECT MIN(enterprise_id) FROM activity_record WHERE period_year = ? "
                + "AND scope_path LIKE '/640000/640100/640104/%'", Long.class, YEAR);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/enterprises/" + id + "/accounting?year=" + YEAR).with(user("gov.city"))).andExpect(status().isOk());
        assertThat(accounted("/640000/640100/")).isPositive();
    }

    @Test
    void theScreenCyclesItsViewsAndShowsTheAccountedTotal() throws Exception {
        String page = mvc.perform(get("/screen?year=" + YEAR + "&interval=20").with(user("gov.province")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"screen dark\"")))
                .andExpect(content().string(containsString("data-interval=\"20\"")))
                .andExpect(content().string(containsString("data-view=\"overview\"")))
                .andExpect(content().string(containsString("data-view=\"trend\"")))
                .andExpect(content().string(containsString("data-view=\"ranking\"")))
                .andReturn().getResponse().getContentAsString();
        assertThat(kpi(page, "total")).isEqualByComparingTo(accounted("/640000/"));
    }

    @Test
    void theTouchScreenDrillsDownByTappingADivision() throws Exception {
        String page = mvc.perform(get("/touch?region=640100&year=" + YEAR).with(user("gov.city")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/touch?region=640104&amp;year=" + YEAR + "\"")))
                .andReturn().getResponse().getContentAsString();
        assertThat(kpi(page, "total")).isEqualByComparingTo(accounted("/640000/640100/"));
        mvc.perform(get("/touch?region=640104&year=" + YEAR).with(user("gov.city"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"trail\"")));
    }

    @Test
    void badInputIsAMessageWithItsStatus() throws Exception {
        mvc.perform(get("/screen?interval=2").with(user("gov.province"))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("interval")));
        mvc.perform(get("/screen?year=abc").with(user("gov.province"))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("year")));
        mvc.perform(get("/touch?region=999999").with(user("gov.province"))).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("999999")));
        mvc.perform(get("/touch?region=640104").with(user("gov.district"))).andExpect(status().isNotFound());
        mvc.perform(get("/screen").with(user("ent.manager"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"message\"")));
    }

    private BigDecimal accounted(String path) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(total_t), 0) FROM accounting_run WHERE superseded = FALSE "
                + "AND period_year = ? AND scope_path LIKE ?", BigDecimal.class, YEAR, path + "%");
    }

    private static BigDecimal kpi(String page, String name) {
        Matcher m = Pattern.compile("data-kpi=\"" + name + "\" data-value=\"([-0-9.]+)\"").matcher(page);
        assertThat(m.find()).as("kpi " + name).isTrue();
        return new BigDecimal(m.group(1));
    }

    private static RequestPostProcessor user(String name) {
        return DemoSecondFactor.basic(name, DemoFixture.PASSWORD);
    }
}
