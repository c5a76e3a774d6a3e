package org.dualcarbon.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.function.Supplier;
import org.dualcarbon.activity.ActivityQueries;
import org.dualcarbon.factors.FactorLibraryActivated;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.statistics.EnergyStatistics;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * New GB/T 2589 coefficients change every energy figure: the activation's trigger rebuilds the energy statistics in
 * the activation's transaction, after the activity items took the new value (set directly here, as the factor module's
 * listener does); another library's activation leaves them alone. The event is handed to the trigger, not published,
 * so the ledger records no activation that never happened.
 */
@PlatformTest
class StatisticsTriggersTest {

    @Autowired
    StatisticsTriggers triggers;
    @Autowired
    EnergyStatistics energy;
    @Autowired
    ActivityQueries activity;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    UserDetailsService users;

    @Test
    void newStandardCoalCoefficientsRebuildTheEnergyFigures() {
        int year = jdbc.queryForObject("SELECT MAX(period_year) FROM activity_record", Integer.class);
        BigDecimal original = jdbc.queryForObject("SELECT tce_per_unit FROM activity_item WHERE code = 'RAW_COAL'", BigDecimal.class);
        BigDecimal before = read(() -> energy.totals(year, null).tce());
        BigDecimal raised = original.multiply(new BigDecimal("1.1"));
        try {
            activate(raised, "OTHER-LIBRARY");
            assertThat(read(() -> energy.totals(year, null).tce())).as("another library changes nothing")
                    .isEqualByComparingTo(before);
            activate(raised, StatisticsTriggers.STANDARD_COAL_LIBRARY);
            BigDecimal after = read(() -> energy.totals(year, null).tce());
            assertThat(after).isGreaterThan(before).isEqualByComparingTo(read(() -> activity.totals(year, null).tce()));
        } finally {
            activate(original, StatisticsTriggers.STANDARD_COAL_LIBRARY);
        }
        assertThat(read(() -> energy.totals(year, null).tce())).isEqualByComparingTo(before);
    }

    @Autowired
    StatisticsBootstrap bootstrap;

    /** A database upgraded to the statistics tables (sources, no full build yet) gets them built at start. */
    @Test
    void statisticsNeverBuiltAreBuiltAtStart() throws Exception {
        int year = jdbc.queryForObject("SELECT MAX(period_year) FROM activity_record", Integer.class);
        BigDecimal built = read(() -> energy.totals(year, null).tce());
        transactions.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM stat_energy_cell");
            jdbc.update("DELETE FROM stat_emission_cell");
            jdbc.update("DELETE FROM stat_rebuild_run WHERE what = 'ALL'");
        });
        assertThat(read(() -> energy.totals(year, null).tce())).isZero();
        bootstrap.run(null);
        assertThat(read(() -> energy.totals(year, null).tce())).isEqualByComparingTo(built);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stat_rebuild_run WHERE what = 'ALL'", Long.class)).isOne();
        bootstrap.run(null);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stat_rebuild_run WHERE what = 'ALL'", Long.class))
                .as("built once only").isOne();
    }

    private void activate(BigDecimal coefficient, String library) {
        transactions.executeWithoutResult(status -> {
            jdbc.update("UPDATE activity_item SET tce_per_unit = ? WHERE code = 'RAW_COAL'", coefficient);
            triggers.on(new FactorLibraryActivated(library, "test", "rule.author"));
        });
    }

    private BigDecimal read(Supplier<BigDecimal> figure) {
        CurrentUser official = (CurrentUser) users.loadUserByUsername("gov.province");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(official, null,
                official.getAuthorities()));
        try {
            return figure.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
