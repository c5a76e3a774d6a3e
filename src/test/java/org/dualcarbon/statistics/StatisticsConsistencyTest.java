package org.dualcarbon.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.dualcarbon.activity.ActivityQueries;
import org.dualcarbon.activity.EnergyShare;
import org.dualcarbon.activity.ScopeTotals;
import org.dualcarbon.emissions.AnnualAccounting;
import org.dualcarbon.emissions.EmissionTotals;
import org.dualcarbon.emissions.RegionalInventory;
import org.dualcarbon.organization.Enterprise;
import org.dualcarbon.organization.EnterpriseForm;
import org.dualcarbon.organization.EnterpriseService;
import org.dualcarbon.organization.Region;
import org.dualcarbon.organization.RegionService;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The statistics tables against a direct roll-up of their sources (accounting runs and lines, activity records), for
 * every demo scope and year, after incremental changes (a re-accounted enterprise, an enterprise moved to another
 * district and back) — and a full rebuild yields the very cells the incremental updates left.
 */
@PlatformTest
class StatisticsConsistencyTest {

    private static final List<String> READERS = List.of("gov.province", "gov.city", "gov.district", "park.manager",
            "group.manager", "ent.manager");

    @Autowired
    EmissionStatistics statistics;
    @Autowired
    EnergyStatistics energy;
    @Autowired
    AnnualAccounting accounting;
    @Autowired
    ActivityQueries activity;
    @Autowired
    RegionService regions;
    @Autowired
    EnterpriseService enterprises;
    @Autowired
    StatisticsRebuild rebuild;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyScopeAndYearReadsTheSameFiguresAsTheSources() {
        // runs in every reader's scope: the group's subsidiaries, the park's enterprises, the manager's own enterprise
        // (2022: a year other tests account too, never one they launch a reporting cycle for first)
        int year = 2022;
        List<Long> enterprises = jdbc.queryForList("SELECT DISTINCT e.id FROM enterprise e JOIN activity_record a ON a.enterprise_id = e.id "
                + "WHERE a.period_year = ? AND (e.group_id IS NOT NULL OR e.park_id IS NOT NULL OR e.id IN "
                + "(SELECT enterprise_id FROM app_user WHERE username = 'ent.manager')) ORDER BY e.id", Long.class, year);
        as("gov.province", () -> {
            enterprises.forEach(id -> accounting.accountYear(id, year, "gov.province"));
            return null;
        });
        for (String reader : READERS) {
            as(reader, () -> {
                compareAll(reader);
                return null;
            });
        }
    }

    @Test
    void reaccountingAndMovingAnEnterpriseKeepTheStatisticsInStep() {
        long id = jdbc.queryForObject("SELECT MIN(a.enterprise_id) FROM activity_record a"
                + " WHERE a.scope_path LIKE '/640000/640100/640104/E%'", Long.class);
        int year = jdbc.queryForObject("SELECT MIN(period_year) FROM activity_record WHERE enterprise_id = ?", Integer.class, id);
        as("gov.province", () -> {
            accounting.accountYear(id, year, "gov.province");
            accounting.accountYear(id, year, "gov.province");
            Enterprise before = enterprises.get(id);
            EnterpriseForm moved = new EnterpriseForm(before.uscc(), before.name(), "640105", null, before.groupId(),
                    before.industryCode(), before.etsKeyEmitter(), before.address());
            enterprises.update(id, before.version(), moved);
            compareAll("gov.province");
            assertThat(statistics.totals(year, "/640000/640100/640105/").total())
                    .isEqualByComparingTo(accounting.totals(year, "/640000/640100/640105/").total());
            Enterprise after = enterprises.get(id);
            enterprises.update(id, after.version(), EnterpriseForm.of(before));
            compareAll("gov.province");
            return null;
        });
    }

    @Test
    void aRebuildYieldsTheCellsTheIncrementalUpdatesLeft() {
        long id = jdbc.queryForObject("SELECT MAX(a.enterprise_id) FROM activity_record a"
                + " WHERE a.scope_path LIKE '/640000/640100/640104/E%'", Long.class);
        int year = jdbc.queryForObject("SELECT MIN(period_year) FROM activity_record WHERE enterprise_id = ?", Integer.class, id);
        as("gov.province", () -> accounting.accountYear(id, year, "gov.province"));
        Map<String, String> emissionBefore = cells("SELECT node_path, period_year, dimension, dim_key, emission_t, lines_t,"
                + " market_t, direct_t, energy_tce, energy_units, units, approved_units, approved_t FROM stat_emission_cell"
                + " WHERE units <> 0", 4);
        Map<String, String> energyBefore = cells("SELECT node_path, period_year, period_month, dimension, dim_key, tce,"
                + " contributions FROM stat_energy_cell WHERE contributions <> 0", 5);
        assertThat(emissionBefore).isNotEmpty();
        assertThat(energyBefore).isNotEmpty();
        RebuildOutcome outcome = as("sysadmin", () -> rebuild.rebuild("sysadmin", "一致性测试 / consistency test"));
        assertThat(outcome.cells()).isPositive();
        assertThat(cells("SELECT node_path, period_year, dimension, dim_key, emission_t, lines_t, market_t, direct_t,"
                + " energy_tce, energy_units, units, approved_units, approved_t FROM stat_emission_cell WHERE units <> 0", 4))
                .isEqualTo(emissionBefore);
        assertThat(cells("SELECT node_path, period_year, period_month, dimension, dim_key, tce, contributions"
                + " FROM stat_energy_cell WHERE contributions <> 0", 5)).isEqualTo(energyBefore);
    }

    @Test
    void productOutputEqualsTheActivityRecords() {
        assertThat(cells("SELECT unit_id, period_year, item_code, quantity FROM stat_unit_output", 3)).isEqualTo(cells(
                "SELECT r.unit_id, r.period_year, r.item_code, SUM(r.quantity) FROM activity_record r JOIN activity_item a "
                        + "ON a.code = r.item_code WHERE a.kind = 'PRODUCT' GROUP BY r.unit_id, r.period_year, r.item_code", 3))
                .isNotEmpty();
    }

    private void compareAll(String reader) {
        List<Integer> years = jdbc.queryForList("SELECT DISTINCT period_year FROM activity_record UNION "
                + "SELECT DISTINCT period_year FROM accounting_run ORDER BY 1", Integer.class);
        List<Region> divisions = new ArrayList<>();
        divisions.add(null);
        regions.below(regions.find("640000").orElseThrow()).stream()
                .filter(r -> ((CurrentUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal()).scope()
                        .covers(r.path()))
                .limit(6).forEach(divisions::add);
        for (int year : years) {
            String at = reader + " " + year;
            EmissionTotals raw = accounting.totals(year, null);
            EmissionTotals stat = statistics.totals(year, null);
            assertThat(stat.total()).as(at).isEqualByComparingTo(raw.total());
            assertThat(stat.totalMarket()).as(at).isEqualByComparingTo(raw.totalMarket());
            assertThat(stat.direct()).as(at).isEqualByComparingTo(raw.direct());
            assertThat(stat.unitsAccounted()).as(at).isEqualTo(raw.unitsAccounted());
            for (Region division : divisions) {
                String where = at + " " + (division == null ? "scope" : division.code());
                String path = division == null ? null : division.path();
                assertThat(normal(statistics.inventory(year, division))).as(where).isEqualTo(normal(accounting.inventory(year, division)));
                assertThat(statistics.topEmitters(year, division, 10)).as(where)
                        .usingRecursiveFieldByFieldElementComparator(org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration
                                .builder().withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build())
                        .isEqualTo(accounting.topEmitters(year, division, 10));
                ScopeTotals rawEnergy = activity.totals(year, path);
                ScopeTotals statEnergy = energy.totals(year, path);
                assertThat(statEnergy).as(where).isEqualTo(rawEnergy);
                if (!reader.contains("manager") || reader.equals("park.manager")) {
                    // months are kept for divisions and parks; enterprises read their own (EnergyStatistics#monthly)
                    assertThat(energy.monthly(year - 1, year, path)).as(where).isEqualTo(activity.monthly(year - 1, year, path));
                }
                assertThat(shares(energy.byEnergyGroup(year, path))).as(where).isEqualTo(shares(activity.byEnergyGroup(year, path)));
                assertThat(shares(energy.bySector(year, path))).as(where).isEqualTo(shares(activity.bySector(year, path)));
                assertThat(shares(energy.topEnterprises(year, 5, path))).as(where)
                        .isEqualTo(shares(activity.topEnterprises(year, 5, path)));
            }
        }
        assertThat(energy.latestYear()).as(reader).isEqualTo(activity.latestYear());
    }

    /** The inventory with every figure as a plain string, so 12.5000 and 12.5 compare equal. */
    private static Map<String, Object> normal(RegionalInventory inventory) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("total", plain(inventory.total()));
        figures.put("byDivision", plain(inventory.byDivision()));
        figures.put("names", inventory.divisionNames());
        figures.put("bySector", plain(inventory.bySector()));
        figures.put("byEnergyType", plain(inventory.byEnergyType()));
        figures.put("energyTypes", inventory.energyTypes());
        Map<String, Object> matrix = new TreeMap<>();
        inventory.divisionByEnergyType().forEach((k, v) -> matrix.put(k, plain(v)));
        figures.put("matrix", matrix);
        return figures;
    }

    private static Map<String, String> plain(Map<String, BigDecimal> values) {
        Map<String, String> out = new TreeMap<>();
        values.forEach((k, v) -> out.put(k, plain(v)));
        return out;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static Map<String, String> shares(List<EnergyShare> shares) {
        Map<String, String> out = new TreeMap<>();
        shares.forEach(s -> out.put(s.key(), plain(s.tce())));
        return out;
    }

    private Map<String, String> cells(String sql, int keyColumns) {
        Map<String, String> out = new TreeMap<>();
        jdbc.query(sql, rs -> {
            int n = rs.getMetaData().getColumnCount();
            StringBuilder key = new StringBuilder();
            StringBuilder value = new StringBuilder();
            for (int i = 1; i <= n; i++) {
                Object v = rs.getObject(i);
                String text = v instanceof BigDecimal b ? plain(b) : String.valueOf(v);
                (i <= keyColumns ? key : value).append(text).append('|');
            }
            out.put(key.toString(), value.toString());
        });
        return out;
    }

    private <T> T as(String username, Supplier<T> work) {
        CurrentUser user = (CurrentUser) users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
