-- Monitoring ingestion (物联网采集): devices (monitoring terminals, data loggers, CEMS) with their HJ 212 MN, the
-- messages accepted (one row per device and QN, so a redelivered message is stored once), the readings (one row per
-- device, data time, pollutant code, period and value kind), and every rejected message with its reason.
CREATE TABLE monitoring_device (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    mn              VARCHAR(32)   NOT NULL,            -- HJ 212 MN: the device's identity on the wire and its MQTT user
    name            VARCHAR(128)  NOT NULL,
    enterprise_id   BIGINT        NOT NULL,
    unit_id         BIGINT        NULL,
    protocol        VARCHAR(8)    NOT NULL,            -- JSON / HJ212
    compatibility   VARCHAR(200)  NOT NULL DEFAULT '', -- accepted HJ 212 deviations, comma-separated; empty = strict
    secret_hash     VARCHAR(100)  NULL,                -- the device's broker password, hashed (embedded broker)
    active          BOOLEAN       NOT NULL DEFAULT TRUE,
    last_message_at TIMESTAMP     NULL,
    scope_path      VARCHAR(255)  NOT NULL,
    CONSTRAINT uq_device_mn UNIQUE (mn),
    CONSTRAINT fk_device_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE monitoring_message (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    device_id       BIGINT        NOT NULL,
    qn              VARCHAR(20)   NOT NULL,
    data_time       TIMESTAMP     NOT NULL,
    reading_count   INT           NOT NULL,
    deviations      VARCHAR(200)  NULL,
    late            BOOLEAN       NOT NULL DEFAULT FALSE,
    received_at     TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    scope_path      VARCHAR(255)  NOT NULL,
    CONSTRAINT uq_message UNIQUE (device_id, qn),
    CONSTRAINT fk_message_device FOREIGN KEY (device_id) REFERENCES monitoring_device (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE monitoring_reading (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    device_id       BIGINT        NOT NULL,
    data_time       TIMESTAMP     NOT NULL,
    code            VARCHAR(16)   NOT NULL,            -- HJ 212 pollutant code, e.g. a05001 CO2
    period          VARCHAR(4)    NOT NULL,            -- RT real-time (CN 2011), MIN (2051), HOUR (2061), DAY (2031)
    kind            VARCHAR(8)    NOT NULL,            -- Rtd / Avg / Min / Max / Cou / ZsRtd / ZsAvg
    reading_value   DECIMAL(24,6) NOT NULL,
    flag            VARCHAR(2)    NULL,                -- HJ 212 data flag: N F M S D C T B
    known_code      BOOLEAN       NOT NULL DEFAULT TRUE,
    deviations      VARCHAR(200)  NULL,
    scope_path      VARCHAR(255)  NOT NULL,
    CONSTRAINT uq_reading UNIQUE (device_id, data_time, code, period, kind),
    CONSTRAINT fk_reading_device FOREIGN KEY (device_id) REFERENCES monitoring_device (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_reading_scope_time ON monitoring_reading (scope_path, data_time);

CREATE TABLE monitoring_rejected (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    topic           VARCHAR(200)  NOT NULL,
    device_mn       VARCHAR(64)   NULL,
    reason_code     VARCHAR(32)   NOT NULL,
    reason          VARCHAR(500)  NOT NULL,
    payload_size    INT           NOT NULL,
    payload_head    VARCHAR(1024) NOT NULL,            -- the first bytes, printable, for the operator; never the whole flood
    received_at     TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    scope_path      VARCHAR(255)  NOT NULL             -- the device's, or /unassigned/ for unknown senders
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_rejected_scope_time ON monitoring_rejected (scope_path, received_at);
