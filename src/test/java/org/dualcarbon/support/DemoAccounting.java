package org.dualcarbon.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Accounts demo enterprises through the API, as an official would: every enterprise with activity data in the year
 * below a scope path, each answered 200 (the body is named when not).
 */
public final class DemoAccounting {

    private DemoAccounting() {
    }

    /** Accounts the enterprises with activity data in {@code year} whose scope path starts with {@code pathPrefix}. */
    public static void accountAll(MockMvc mvc, JdbcTemplate jdbc, String official, int year, String pathPrefix)
            throws Exception {
        for (long id : jdbc.queryForList("SELECT DISTINCT enterprise_id FROM activity_record WHERE period_year = ? "
                + "AND scope_path LIKE ?", Long.class, year, pathPrefix + "%")) {
            var response = mvc.perform(post("/api/enterprises/" + id + "/accounting?year=" + year)
                    .with(DemoSecondFactor.basic(official, DemoFixture.PASSWORD))).andReturn().getResponse();
            assertThat(response.getStatus()).as("%s %d: %s", id, year, response.getContentAsString()).isEqualTo(200);
        }
    }
}
