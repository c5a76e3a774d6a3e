-- Versions of the monitoring threshold table (rules/monitoring/warning-thresholds.drl.csv, 预警阈值表). A version is
-- never changed: an upload that passes every check is stored as the next version and becomes the active one in the
-- same transaction; the shipped table is version 1, registered on first start. Every version is kept.
CREATE TABLE monitoring_threshold_version (
    version       INT           NOT NULL PRIMARY KEY,  -- 1, 2, 3 … in order of activation
    content       LONGTEXT      NOT NULL,              -- the decision table as CSV (an .xlsx upload is stored as its CSV)
    content_hash  CHAR(64)      NOT NULL,              -- SHA-256 of content
    row_count     INT           NOT NULL,
    origin        VARCHAR(16)   NOT NULL,              -- SHIPPED / UPLOADED
    file_name     VARCHAR(255)  NULL,                  -- as uploaded
    uploaded_by   VARCHAR(64)   NOT NULL,              -- user name; 'system' for the shipped table
    uploaded_at   TIMESTAMP     NOT NULL,
    reason        VARCHAR(500)  NULL,
    active        BOOLEAN       NOT NULL DEFAULT FALSE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- When the condition of an alarm began (the first minute of the exceedance or flatline, the end of the last minute
-- before a silence): with it the stream rules rebuild an open alarm's state after a restart exactly as it was.
ALTER TABLE monitoring_alarm ADD COLUMN condition_since DATETIME NULL;
