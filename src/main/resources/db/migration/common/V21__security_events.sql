-- Security events (GB/T 22239-2019 8.1.4.4 f), security.md §1.4 f): bursts of failed logins and lockouts, scope-violation
-- attempts, MQTT refusals and ledger verification failures, one row per episode (kind + subject) while it continues.
CREATE TABLE security_event (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind            VARCHAR(40)   NOT NULL,
    severity        VARCHAR(16)   NOT NULL,
    subject         VARCHAR(200)  NOT NULL,
    first_seen      BIGINT        NOT NULL,
    last_seen       BIGINT        NOT NULL,
    occurrences     INT           NOT NULL,
    detail          VARCHAR(500)  NULL,
    status          VARCHAR(16)   NOT NULL,
    acknowledged_by VARCHAR(64)   NULL,
    acknowledged_at BIGINT        NULL,
    note            VARCHAR(500)  NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_security_event_open ON security_event (kind, subject, status);
CREATE INDEX ix_security_event_seen ON security_event (last_seen);

-- Retirement runs of the data lifecycle job: which rule, how many rows, when, by whom.
CREATE TABLE data_retirement_run (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    table_name  VARCHAR(64)   NOT NULL,
    action      VARCHAR(16)   NOT NULL,
    cutoff      BIGINT        NOT NULL,
    row_count   BIGINT        NOT NULL,
    run_at      BIGINT        NOT NULL,
    run_by      VARCHAR(64)   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_audit_event_time ON audit_log (event, occurred_ms);
