-- Annual emissions reporting cycle (年度排放报告): a cycle per year and division, one report per emission unit,
-- every submission kept as its own version (never overwritten), anomaly flags with their explanations, and the
-- report's history (submitted, returned, verified, approved, cancelled, reminded, escalated). A cycle (year, division,
-- deadline) is not confidential and is not scope-filtered itself; its pages show officials the cycles of their divisions.
CREATE TABLE reporting_cycle (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_year    SMALLINT      NOT NULL,
    region_code    VARCHAR(12)   NOT NULL,
    deadline       TIMESTAMP     NOT NULL,
    reminder_at    TIMESTAMP     NOT NULL,
    unit_count     INT           NOT NULL DEFAULT 0,
    launched_by    VARCHAR(64)   NOT NULL,
    launched_at    TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uq_cycle UNIQUE (period_year, region_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE unit_report (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id         BIGINT        NOT NULL,
    unit_id          BIGINT        NOT NULL,
    enterprise_id    BIGINT        NOT NULL,
    period_year      SMALLINT      NOT NULL,
    status           VARCHAR(16)   NOT NULL,          -- OPEN SUBMITTED FLAGGED EXPLAINED VERIFIED APPROVED RETURNED CANCELLED
    process_instance VARCHAR(64)   NULL,
    submission_count INT           NOT NULL DEFAULT 0,
    run_id           BIGINT        NULL,              -- accounting run of the current submission
    total_t          DECIMAL(24,4) NULL,
    flag_count       INT           NOT NULL DEFAULT 0,
    overdue          BOOLEAN       NOT NULL DEFAULT FALSE,
    updated_at       TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    scope_path       VARCHAR(255)  NOT NULL,
    CONSTRAINT uq_unit_report UNIQUE (cycle_id, unit_id),
    CONSTRAINT fk_report_cycle FOREIGN KEY (cycle_id) REFERENCES reporting_cycle (id),
    CONSTRAINT fk_report_unit FOREIGN KEY (unit_id) REFERENCES emission_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_report_scope ON unit_report (scope_path, period_year, status);

CREATE TABLE report_submission (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_id       BIGINT        NOT NULL,
    version_no      INT           NOT NULL,
    data_json       TEXT          NOT NULL,
    submit_token    VARCHAR(64)   NOT NULL,           -- one submission per form token: a retried request stores nothing new
    submitted_by    VARCHAR(64)   NOT NULL,
    submitted_at    TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    scope_path      VARCHAR(255)  NOT NULL,
    CONSTRAINT uq_submission_version UNIQUE (report_id, version_no),
    CONSTRAINT uq_submission_token UNIQUE (submit_token),
    CONSTRAINT fk_submission_report FOREIGN KEY (report_id) REFERENCES unit_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE report_draft (
    report_id       BIGINT        NOT NULL PRIMARY KEY,
    data_json       TEXT          NOT NULL,
    saved_by        VARCHAR(64)   NOT NULL,
    saved_at        TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    scope_path      VARCHAR(255)  NOT NULL,
    CONSTRAINT fk_draft_report FOREIGN KEY (report_id) REFERENCES unit_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE report_flag (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_id       BIGINT        NOT NULL,
    submission_id   BIGINT        NOT NULL,
    rule_name       VARCHAR(64)   NOT NULL,
    subject         VARCHAR(64)   NOT NULL,
    observed        VARCHAR(64)   NOT NULL,
    threshold_value VARCHAR(64)   NOT NULL,
    message         VARCHAR(500)  NOT NULL,
    explanation     VARCHAR(1000) NULL,
    explained_by    VARCHAR(64)   NULL,
    scope_path      VARCHAR(255)  NOT NULL,
    CONSTRAINT fk_flag_report FOREIGN KEY (report_id) REFERENCES unit_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_flag_report ON report_flag (report_id, submission_id);

CREATE TABLE report_event (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_id       BIGINT        NOT NULL,
    event           VARCHAR(16)   NOT NULL,
    actor           VARCHAR(64)   NOT NULL,
    remark          VARCHAR(1000) NULL,
    event_at        TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    scope_path      VARCHAR(255)  NOT NULL,
    CONSTRAINT fk_event_report FOREIGN KEY (report_id) REFERENCES unit_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_event_report ON report_event (report_id);
