package org.dualcarbon.emissions.internal;

import java.util.List;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.emissions.AnnualAccounting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * In the demo only: after the demo data set is loaded, the provincial official accounts every enterprise-year
 * once, so that the home pages show emissions from the start. It acts as that demo user, with its permissions
 * and scope, exactly as pressing "account" on each enterprise would.
 */
@Component
@Order(110)
@ConditionalOnProperty(name = "dc.demo.enabled", havingValue = "true")
class DemoEmissions implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEmissions.class);
    static final String ACCOUNTANT = "gov.province";

    private final AnnualAccounting accounting;
    private final EmissionRunMapper runs;
    private final JdbcTemplate jdbc;
    private final UserDetailsService users;
    private final ScopeContext scope;

    DemoEmissions(AnnualAccounting accounting, EmissionRunMapper runs, JdbcTemplate jdbc, UserDetailsService users,
                  ScopeContext scope) {
        this.accounting = accounting;
        this.runs = runs;
        this.jdbc = jdbc;
        this.users = users;
        this.scope = scope;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (scope.asSystem(runs::countRuns) > 0
                || jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Long.class, ACCOUNTANT) == 0) {
            return;
        }
        long started = System.nanoTime();
        UserDetails official = users.loadUserByUsername(ACCOUNTANT);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(official, null, official.getAuthorities()));
        try {
            List<long[]> enterpriseYears = jdbc.query("SELECT DISTINCT enterprise_id, period_year FROM activity_record "
                    + "ORDER BY enterprise_id, period_year", (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)});
            int accounted = 0;
            for (long[] ey : enterpriseYears) {
                try {
                    accounting.accountYear(ey[0], (int) ey[1], ACCOUNTANT);
                    accounted++;
                } catch (RuntimeException e) {
                    // the demo must start even if one enterprise-year cannot be accounted; the page shows why on retry
                    log.warn("demo accounting of enterprise {} year {} refused: {}", ey[0], ey[1], e.getMessage());
                }
            }
            log.info("demo emissions accounted: {} of {} enterprise-years in {} ms", accounted, enterpriseYears.size(),
                    (System.nanoTime() - started) / 1_000_000);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
