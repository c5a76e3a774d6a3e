package org.dualcarbon.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Every page renders for every role that may open it, and answers 403 (never 500) to the others. */
@PlatformTest
class EveryPageOpensTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void noPageFailsForAnyRole() throws Exception {
        long enterprise = jdbc.queryForObject("SELECT enterprise_id FROM app_user WHERE username = 'ent.filler'", Long.class);
        long unit = jdbc.queryForObject("SELECT MIN(id) FROM emission_unit WHERE enterprise_id = ?", Long.class, enterprise);
        List<String> pages = List.of("/", "/?lang=en", "/org/enterprises", "/org/enterprises?sector=POWER&q=%E7%81%B5",
                "/org/enterprises/" + enterprise, "/org/enterprises/" + enterprise + "?year=2023", "/org/enterprises/new",
                "/org/enterprises/" + enterprise + "/edit", "/org/enterprises/" + enterprise + "/units/new",
                "/org/units/" + unit + "/edit", "/org/parks", "/org/groups", "/org/regions", "/org/regions?parent=640000",
                "/org/regions?parent=640100", "/org/industries", "/org/items", "/factors", "/factors/IPCC-GWP/AR6-2021",
                "/factors/MEE-NBS-ELECTRICITY/2025-12?parameter=EF_ELECTRICITY&status=verified&q=GRID",
                "/factors/upload", "/factors/IPCC-GWP/AR6-2021/edit", "/admin/users",
                "/emissions/enterprises/" + enterprise + "?year=2025", "/emissions/inventory?year=2025",
                "/emissions/inventory/summary.docx?year=2025", "/analysis/decoupling?from=2021&to=2025",
                "/audit", "/audit?from=2025-01-01&to=2025-12-31&user=x&event=LOGIN&page=2",
                "/audit/processes", "/audit/processes?process=unitEmissionReport&year=2025&unit=%E7%81%B5&page=1",
                "/audit/processes/no-such-instance", "/audit/rules", "/audit/rules?code=IPCC-GWP&from=AR6-2021&to=AR6-2021", "/ledger/verify",
                "/analysis/rankings?year=2025", "/analysis/rankings?year=2023&dimension=energy_type&sort=yoy&dir=asc",
                "/analysis/map?year=2025", "/analysis/map?region=640181&year=2024&metric=yoy",
                "/monitoring/thresholds", "/monitoring/alarms", "/monitoring/reconciliation?month=2025-03");
        List<String> failures = new ArrayList<>();
        for (String username : List.of("gov.province", "gov.district", "park.manager", "ent.filler", "ent.manager",
                "group.manager", "verifier", "rule.author", "auditor", "sysadmin", "secadmin", "auditadmin")) {
            CurrentUser me = (CurrentUser) users.loadUserByUsername(username);
            for (String page : pages) {
                int status = mvc.perform(get(page).with(user(me))).andReturn().getResponse().getStatus();
                if (status != 200 && status != 403 && status != 404) {
                    failures.add(username + " " + page + " → " + status);
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}
