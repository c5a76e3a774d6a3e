-- Monthly partitions of the readings table on MySQL/MariaDB (design.md: monitoring tables are partitioned by month).
-- A partitioned InnoDB table takes no foreign keys, every unique key must hold the partitioning column, and RANGE
-- COLUMNS needs DATETIME (Beijing local time, as HJ 212 sends it). The first partitions are made here; ReadingPartitions
-- keeps the next months made, splitting p_future, so p_future itself stays empty.
ALTER TABLE monitoring_reading DROP FOREIGN KEY fk_reading_device;
ALTER TABLE monitoring_reading MODIFY data_time DATETIME NOT NULL;
ALTER TABLE monitoring_reading DROP PRIMARY KEY, ADD PRIMARY KEY (id, data_time);
ALTER TABLE monitoring_reading PARTITION BY RANGE COLUMNS (data_time) (
    PARTITION p_old VALUES LESS THAN ('2026-01-01'),
    PARTITION p202601 VALUES LESS THAN ('2026-02-01'),
    PARTITION p202602 VALUES LESS THAN ('2026-03-01'),
    PARTITION p202603 VALUES LESS THAN ('2026-04-01'),
    PARTITION p202604 VALUES LESS THAN ('2026-05-01'),
    PARTITION p202605 VALUES LESS THAN ('2026-06-01'),
    PARTITION p202606 VALUES LESS THAN ('2026-07-01'),
    PARTITION p202607 VALUES LESS THAN ('2026-08-01'),
    PARTITION p202608 VALUES LESS THAN ('2026-09-01'),
    PARTITION p202609 VALUES LESS THAN ('2026-10-01'),
    PARTITION p202610 VALUES LESS THAN ('2026-11-01'),
    PARTITION p202611 VALUES LESS THAN ('2026-12-01'),
    PARTITION p202612 VALUES LESS THAN ('2027-01-01'),
    PARTITION p202701 VALUES LESS THAN ('2027-02-01'),
    PARTITION p202702 VALUES LESS THAN ('2027-03-01'),
    PARTITION p202703 VALUES LESS THAN ('2027-04-01'),
    PARTITION p202704 VALUES LESS THAN ('2027-05-01'),
    PARTITION p202705 VALUES LESS THAN ('2027-06-01'),
    PARTITION p202706 VALUES LESS THAN ('2027-07-01'),
    PARTITION p_future VALUES LESS THAN (MAXVALUE)
);
