-- Monitoring roll-ups and alarms (issue 8). Built from the stored readings after each ingestion batch commits:
-- per device 1-minute aggregates of every code (these feed the stream rules), hourly/daily/monthly roll-ups per device,
-- hourly CEMS CO2 mass per device (domain.md §8.3) and its hourly/daily/monthly sums per emission unit, and the
-- alarms the stream rules raise (one open alarm per device and cause).
-- Values of samples that HJ 212 flags as not valid (anything but N) are counted but left out of min/max/mean.

CREATE TABLE monitoring_minute (
    device_id       BIGINT        NOT NULL,
    minute_start    DATETIME      NOT NULL,            -- Beijing local time, as the readings
    code            VARCHAR(16)   NOT NULL,            -- HJ 212 pollutant code
    sample_count    INT           NOT NULL,            -- every sample of the minute, valid or not
    valid_count     INT           NOT NULL,            -- samples flagged N (or sent without a flag)
    min_value       DECIMAL(24,6) NULL,                -- of the valid samples; NULL when none is valid
    max_value       DECIMAL(24,6) NULL,
    mean_value      DECIMAL(24,6) NULL,
    flags           VARCHAR(16)   NOT NULL DEFAULT '', -- the distinct HJ 212 data flags seen, e.g. 'NC'
    scope_path      VARCHAR(255)  NOT NULL,
    PRIMARY KEY (device_id, minute_start, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_minute_scope_time ON monitoring_minute (scope_path, minute_start);

-- HOUR from minutes, DAY from hours, MONTH from days; valid per monitoring.internal.PeriodRollup
CREATE TABLE monitoring_rollup (
    device_id       BIGINT        NOT NULL,
    unit_id         BIGINT        NULL,
    period          VARCHAR(5)    NOT NULL,            -- HOUR / DAY / MONTH
    period_start    DATETIME      NOT NULL,
    code            VARCHAR(16)   NOT NULL,
    part_count      INT           NOT NULL,            -- sub-periods with data (minutes of an hour, hours of a day, …)
    valid_parts     INT           NOT NULL,            -- valid sub-periods
    min_value       DECIMAL(24,6) NULL,
    max_value       DECIMAL(24,6) NULL,
    mean_value      DECIMAL(24,6) NULL,                -- mean of the valid sub-periods' means
    valid           BOOLEAN       NOT NULL,
    scope_path      VARCHAR(255)  NOT NULL,
    PRIMARY KEY (device_id, period, period_start, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_rollup_scope_time ON monitoring_rollup (scope_path, period, period_start);

-- hourly CO2 mass of one CEMS: hourly mean CO2 concentration (dry, standard) × hourly standard dry flow
CREATE TABLE monitoring_co2_hour (
    device_id       BIGINT        NOT NULL,
    unit_id         BIGINT        NULL,
    hour_start      DATETIME      NOT NULL,
    concentration   DECIMAL(24,6) NULL,                -- mg/m³, dry, standard conditions
    flow_sn         DECIMAL(24,6) NULL,                -- m³/h, dry, standard conditions
    co2_kg          DECIMAL(24,6) NULL,                -- NULL when the hour is not valid (no substitution yet)
    valid           BOOLEAN       NOT NULL,
    flow_basis      VARCHAR(12)   NOT NULL,            -- CONVERTED (from t, p, humidity) or AS_REPORTED
    scope_path      VARCHAR(255)  NOT NULL,
    PRIMARY KEY (device_id, hour_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE monitoring_unit_co2 (
    unit_id         BIGINT        NOT NULL,
    period          VARCHAR(5)    NOT NULL,            -- HOUR / DAY / MONTH
    period_start    DATETIME      NOT NULL,
    co2_kg          DECIMAL(24,6) NOT NULL,            -- Σ valid hourly masses of the unit's CEMS
    valid_hours     INT           NOT NULL,
    hours           INT           NOT NULL,            -- device-hours with a computed row, valid or not
    scope_path      VARCHAR(255)  NOT NULL,
    PRIMARY KEY (unit_id, period, period_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_unit_co2_scope ON monitoring_unit_co2 (scope_path, period, period_start);

CREATE TABLE monitoring_alarm (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    device_id       BIGINT        NOT NULL,
    unit_id         BIGINT        NULL,
    cause           VARCHAR(12)   NOT NULL,            -- EXCEEDANCE / RATE / FLATLINE / SILENCE
    code            VARCHAR(16)   NOT NULL,            -- pollutant code, or * for a whole device
    threshold_name  VARCHAR(64)   NOT NULL,            -- the decision-table row that raised it
    message         VARCHAR(500)  NOT NULL,
    observed        DECIMAL(24,6) NULL,
    open_key        VARCHAR(64)   NULL,                -- device:cause:code while open, NULL once ended: one open alarm per key
    status          VARCHAR(12)   NOT NULL,            -- OPEN / ESCALATED / CLOSED / RESOLVED
    raised_at       DATETIME      NOT NULL,            -- data time of the minute that raised it
    cleared_at      DATETIME      NULL,                -- when the condition cleared (auto-resolution)
    ended_at        DATETIME      NULL,
    cause_text      VARCHAR(1000) NULL,                -- the enterprise's answer: cause, measures, evidence
    measures        VARCHAR(1000) NULL,
    evidence        VARCHAR(1000) NULL,
    review_comment  VARCHAR(1000) NULL,                -- the official's, after an escalation
    process_instance VARCHAR(64)  NULL,
    scope_path      VARCHAR(255)  NOT NULL,
    CONSTRAINT uq_alarm_open UNIQUE (open_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_alarm_scope_status ON monitoring_alarm (scope_path, status);
