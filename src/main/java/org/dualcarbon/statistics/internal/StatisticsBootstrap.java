package org.dualcarbon.statistics.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds the statistics tables once from their sources when they have never been built — on a database that had
 * runs and activity data before the tables existed, and after the demo data is loaded and accounted (order 110).
 */
@Component
@Order(120)
class StatisticsBootstrap implements ApplicationRunner {

    private final JdbcTemplate jdbc;
    private final StatisticsRebuilder rebuilder;

    StatisticsBootstrap(JdbcTemplate jdbc, StatisticsRebuilder rebuilder) {
        this.jdbc = jdbc;
        this.rebuilder = rebuilder;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean neverBuilt = jdbc.queryForObject("SELECT COUNT(*) FROM stat_rebuild_run WHERE what = 'ALL'", Long.class) == 0;
        boolean sources = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 FROM accounting_run LIMIT 1) r", Long.class) > 0
                || jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 FROM activity_record LIMIT 1) a", Long.class) > 0;
        if (neverBuilt && sources) {
            rebuilder.rebuildAll("platform", "统计表首次建立 / first build of the statistics tables");
        }
    }
}
