package org.dualcarbon.bench;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.dualcarbon.statistics.RebuildOutcome;
import org.dualcarbon.statistics.StatisticsRebuild;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.DemoSecondFactor;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Benchmark of issue 10 item 8, run on demand: {@code mvn -Pbench test -Dtest=DashboardBench} (size:
 * {@code -Dbench.units=10000 -Dbench.years=10}). Generates that many emission units (two per enterprise, spread over
 * 宁夏's districts, in an H2 file database under target/bench) with an accounting run of five lines and twelve months of three energy items for every year
 * (2011 on, before the demo years), builds the statistics tables, then times the provincial official's home page
 * (the region dashboard, rendered) and its drill-down to a city and a district, and the dimension API, over repeated
 * requests: p50, p95, p99. Writes target/bench/dashboard.txt; asserts nothing about time (target: p95 &lt; 300 ms).
 */
@PlatformTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:file:./target/bench/dashboard-db/dc;MODE=MySQL;"
        + "NON_KEYWORDS=VALUE,YEAR,MONTH")
class DashboardBench {

    static {
        // a file database (millions of rows do not fit an in-memory one), new for every run
        try (var files = Files.walk(Path.of("target", "bench", "dashboard-db"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException absent) {
            // nothing to remove
        }
    }

    static final int UNITS = Integer.getInteger("bench.units", 10_000);
    static final int YEARS = Integer.getInteger("bench.years", 10);
    static final int FIRST_YEAR = 2011;
    static final int REQUESTS = Integer.getInteger("bench.requests", 200);
    private static final String[] ITEMS = {"RAW_COAL", "NATURAL_GAS", "ELECTRICITY"};
    private static final String[] LINES = {"FUEL.RAW_COAL", "FUEL.NATURAL_GAS", "ELECTRICITY", "PROCESS.CARBONATE", "HEAT"};
    private static final int BATCH = 2000;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    StatisticsRebuild rebuild;
    @Autowired
    UserDetailsService users;
    @Autowired
    org.dualcarbon.statistics.EnergyStatistics energy;
    @Autowired
    org.dualcarbon.statistics.EmissionStatistics emissions;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void regionDashboard() throws Exception {
        StringBuilder out = new StringBuilder();
        long start = System.nanoTime();
        long rows = generate();
        out.append(String.format("generated: %,d units x %d years (%,d rows) in %.1f s%n", UNITS, YEARS, rows, seconds(start)));

        CurrentUser admin = (CurrentUser) users.loadUserByUsername("sysadmin");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        RebuildOutcome outcome = rebuild.rebuild("sysadmin", "DashboardBench");
        SecurityContextHolder.clearContext();
        out.append(String.format("statistics rebuilt: %,d unit rows, %,d cells in %.1f s%n", outcome.unitRows(), outcome.cells(),
                outcome.millis() / 1000.0));

        int year = FIRST_YEAR + YEARS - 1;
        RequestPostProcessor province = DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD);
        out.append(measure("home page, province (/?year=" + year + ")", "/?year=" + year, province));
        out.append(measure("home page, drill-down to 银川市 640100", "/?region=640100&year=" + year, province));
        out.append(measure("home page, drill-down to 金凤区 640106", "/?region=640106&year=" + year, province));
        out.append(measure("dimension API, by region", "/api/analysis/rankings?year=" + year + "&dimension=REGION&sort=TOTAL",
                province));
        out.append(measure("decoupling API, 10 years", "/api/analysis/decoupling?region=640000&from=" + FIRST_YEAR + "&to=" + year,
                province));
        out.append(services(year));
        System.out.println("\n== DashboardBench ==\n" + out);
        Path file = Path.of("target", "bench", "dashboard.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
    }

    /** Each statistics read of the province's home page on its own, as the provincial official. */
    private String services(int year) {
        CurrentUser official = (CurrentUser) users.loadUserByUsername("gov.province");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(official, null,
                official.getAuthorities()));
        StringBuilder out = new StringBuilder("statistics reads (province):\n");
        try {
            out.append(time("energy totals (counts + two years)", () -> energy.totals(year, null)));
            out.append(time("monthly energy, 5 years", () -> energy.monthly(year - 4, year, null)));
            out.append(time("energy by group", () -> energy.byEnergyGroup(year, null)));
            out.append(time("energy by sector", () -> energy.bySector(year, null)));
            out.append(time("top 10 energy consumers", () -> energy.topEnterprises(year, 10, null)));
            out.append(time("emission totals", () -> emissions.totals(year, null)));
            out.append(time("approved share", () -> emissions.approval(year, null)));
            out.append(time("top 10 emitters", () -> emissions.topEmitters(year, null, 10)));
        } finally {
            SecurityContextHolder.clearContext();
        }
        return out.toString();
    }

    private String time(String what, Runnable call) {
        long[] micros = new long[REQUESTS];
        for (int i = 0; i < 20; i++) {
            call.run();
        }
        for (int i = 0; i < REQUESTS; i++) {
            long t = System.nanoTime();
            call.run();
            micros[i] = (System.nanoTime() - t) / 1000;
        }
        Arrays.sort(micros);
        return String.format("  %-40s p50 %.1f ms, p95 %.1f ms%n", what, micros[REQUESTS / 2] / 1000.0,
                micros[(int) (REQUESTS * 0.95)] / 1000.0);
    }

    private String measure(String what, String url, RequestPostProcessor user) throws Exception {
        for (int i = 0; i < 20; i++) {
            mvc.perform(get(url).with(user)).andReturn();
        }
        long[] millis = new long[REQUESTS];
        int status = 0;
        for (int i = 0; i < REQUESTS; i++) {
            long t = System.nanoTime();
            status = mvc.perform(get(url).with(user)).andReturn().getResponse().getStatus();
            millis[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(millis);
        return String.format("%-48s status %d, %d requests: p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n", what, status,
                REQUESTS, millis[REQUESTS / 2], millis[(int) (REQUESTS * 0.95)], millis[(int) (REQUESTS * 0.99)],
                millis[REQUESTS - 1]);
    }

    /** Enterprises, units, runs with lines, and monthly activity data, written straight into the tables. */
    private long generate() throws IOException {
        List<String[]> districts = jdbc.query("SELECT code, path FROM region WHERE level = 'DISTRICT' AND code LIKE '64%' ORDER BY code",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)});
        List<String> industries = jdbc.queryForList("SELECT code FROM industry WHERE sector IS NOT NULL ORDER BY code", String.class);
        Random random = new Random(20261125L);
        long rowsWritten = 0;
        int enterprises = UNITS / 2;
        List<Object[]> activity = new ArrayList<>();
        List<Object[]> lines = new ArrayList<>();
        for (int e = 0; e < enterprises; e++) {
            String[] district = districts.get(e % districts.size());
            String uscc = String.format("91%s%09dX", district[0], e);
            String path = district[1] + "E" + uscc + "/";
            jdbc.update("INSERT INTO enterprise (uscc, name, region_code, industry_code, ets_key_emitter, address, scope_path)"
                    + " VALUES (?, ?, ?, ?, FALSE, '基准测试', ?)", uscc, "基准企业" + e, district[0],
                    industries.get(e % industries.size()), path);
            long enterpriseId = jdbc.queryForObject("SELECT id FROM enterprise WHERE uscc = ?", Long.class, uscc);
            for (int u = 0; u < 2; u++) {
                jdbc.update("INSERT INTO emission_unit (enterprise_id, code, name, kind, active, scope_path) VALUES (?, ?, ?, 'BOILER', TRUE, ?)",
                        enterpriseId, "B" + u, "基准设施" + u, path);
                long unitId = jdbc.queryForObject("SELECT MAX(id) FROM emission_unit WHERE enterprise_id = ?", Long.class, enterpriseId);
                for (int y = 0; y < YEARS; y++) {
                    int year = FIRST_YEAR + y;
                    double scale = 1000 + random.nextInt(50_000);
                    BigDecimal[] emission = new BigDecimal[LINES.length];
                    BigDecimal total = BigDecimal.ZERO;
                    for (int l = 0; l < LINES.length; l++) {
                        emission[l] = BigDecimal.valueOf(scale * random.nextDouble()).setScale(4, java.math.RoundingMode.HALF_UP);
                        total = total.add(emission[l]);
                    }
                    BigDecimal energy = BigDecimal.valueOf(scale * 0.4).setScale(4, java.math.RoundingMode.HALF_UP);
                    jdbc.update("INSERT INTO accounting_run (unit_id, enterprise_id, period_year, sector_module, gwp_set, libraries,"
                            + " total_t, total_market_t, direct_t, indirect_t, energy_tce, created_by, scope_path)"
                            + " VALUES (?, ?, ?, 'GENERAL', 'AR5', 'bench', ?, ?, ?, 0, ?, 'bench', ?)",
                            unitId, enterpriseId, year, total, total, total, energy, path);
                    long runId = jdbc.queryForObject("SELECT MAX(id) FROM accounting_run WHERE unit_id = ?", Long.class, unitId);
                    for (int l = 0; l < LINES.length; l++) {
                        lines.add(new Object[] {runId, LINES[l], emission[l], path});
                    }
                    for (int m = 1; m <= 12; m++) {
                        for (String item : ITEMS) {
                            activity.add(new Object[] {unitId, enterpriseId, year, m, item,
                                    BigDecimal.valueOf(scale * random.nextDouble() / 12).setScale(4, java.math.RoundingMode.HALF_UP), path});
                        }
                    }
                    rowsWritten += 1 + LINES.length + 12 * ITEMS.length;
                }
                if (activity.size() >= 50_000) {
                    flush(lines, activity);
                }
            }
        }
        flush(lines, activity);
        return rowsWritten;
    }

    private void flush(List<Object[]> lines, List<Object[]> activity) {
        for (int from = 0; from < lines.size(); from += BATCH) {
            jdbc.batchUpdate("INSERT INTO accounting_line (run_id, line_id, category, gas, formula, inputs_json, factors_json,"
                    + " activity_data, activity_unit, emission_t, scope_path) VALUES (?, ?, 'BENCH', 'CO2', 'bench', '{}', '[]', 0, 't', ?, ?)",
                    lines.subList(from, Math.min(lines.size(), from + BATCH)));
        }
        for (int from = 0; from < activity.size(); from += BATCH) {
            jdbc.batchUpdate("INSERT INTO activity_record (unit_id, enterprise_id, period_year, period_month, item_code, quantity,"
                    + " source, scope_path) VALUES (?, ?, ?, ?, ?, ?, 'BENCH', ?)", activity.subList(from, Math.min(activity.size(), from + BATCH)));
        }
        lines.clear();
        activity.clear();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
