package org.dualcarbon.monitoring.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * On MySQL/MariaDB, keeps a partition of monitoring_reading ready for this month and the next {@link #AHEAD} months
 * (db/migration/mysql/V10_1): each missing month is split off the empty p_future partition, so no reading ever lands
 * in p_future and old months can be archived or dropped as whole partitions. Runs at start and daily.
 */
@Component
@Profile("mysql")
class ReadingPartitions implements ApplicationRunner {

    static final int AHEAD = 3;
    private static final Logger log = LoggerFactory.getLogger(ReadingPartitions.class);

    private final JdbcTemplate jdbc;

    ReadingPartitions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensure(YearMonth.now());
    }

    @Scheduled(cron = "0 17 2 * * *")
    void daily() {
        ensure(YearMonth.now());
    }

    /** Makes the partitions of {@code from} and the next {@link #AHEAD} months that do not exist yet. */
    synchronized void ensure(YearMonth from) {
        List<String> existing = jdbc.queryForList("SELECT PARTITION_NAME FROM information_schema.PARTITIONS "
                + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'monitoring_reading' AND PARTITION_NAME IS NOT NULL", String.class);
        if (existing.isEmpty()) {
            return; // not partitioned (another database)
        }
        YearMonth last = existing.stream().filter(p -> p.matches("p\\d{6}")).map(p -> YearMonth.of(
                Integer.parseInt(p.substring(1, 5)), Integer.parseInt(p.substring(5)))).max(YearMonth::compareTo).orElse(from.minusMonths(1));
        for (YearMonth month = last.plusMonths(1); !month.isAfter(from.plusMonths(AHEAD)); month = month.plusMonths(1)) {
            LocalDate end = month.plusMonths(1).atDay(1);
            jdbc.execute("ALTER TABLE monitoring_reading REORGANIZE PARTITION p_future INTO (PARTITION p"
                    + String.format("%d%02d", month.getYear(), month.getMonthValue()) + " VALUES LESS THAN ('" + end
                    + "'), PARTITION p_future VALUES LESS THAN (MAXVALUE))");
            log.info("monitoring_reading: partition for {} made", month);
        }
    }
}
