-- The tamper-evident ledger (存证账本, security.md §5) and the audit log (审计日志, GB/T 22239-2019 8.1.4.3).
-- Both are platform-wide: no scope_path, so the scope filter leaves them alone; only holders of LEDGER_VERIFY /
-- AUDIT_LOG_READ reach them, through their services. Neither table is ever updated: records are appended, and audit
-- rows older than the retention are copied to the archive table before they leave the online table.

-- One row per record; seq is the leaf index in the RFC 6962 tree (0, 1, 2, ...). recorded_at is the ISO-8601 UTC text
-- that the canonical record contains, kept as text so that no driver or time zone can change the hashed bytes.
CREATE TABLE ledger_record (
    seq             BIGINT        NOT NULL PRIMARY KEY,
    record_type     VARCHAR(32)   NOT NULL,
    object_id       VARCHAR(128)  NOT NULL,
    content_hash    CHAR(64)      NOT NULL,
    actor           VARCHAR(64)   NOT NULL,
    recorded_at     VARCHAR(32)   NOT NULL,
    prev_hash       CHAR(64)      NOT NULL,
    entry_hash      CHAR(64)      NOT NULL,
    leaf_hash       CHAR(64)      NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_ledger_object ON ledger_record (record_type, object_id);

-- The single head row every append locks (SELECT ... FOR UPDATE), so that records get consecutive seq numbers and
-- each names its predecessor's hash even with several application nodes.
CREATE TABLE ledger_head (
    id              INT           NOT NULL PRIMARY KEY,
    tree_size       BIGINT        NOT NULL,
    last_hash       CHAR(64)      NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
INSERT INTO ledger_head (id, tree_size, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Signed tree heads: Ed25519 signatures by the key kept outside the database (dc.ledger.signing-key).
CREATE TABLE ledger_tree_head (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tree_size       BIGINT        NOT NULL,
    root_hash       CHAR(64)      NOT NULL,
    signed_at       VARCHAR(32)   NOT NULL,
    key_id          CHAR(64)      NOT NULL,
    signature       VARCHAR(200)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The audit log: who (user, source address) did what (event) to which object, with what result, when (UTC epoch
-- milliseconds, shown in +08:00). Each row is also a ledger record, so a changed row fails verification.
CREATE TABLE audit_log (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_ms     BIGINT        NOT NULL,
    username        VARCHAR(64)   NOT NULL,
    source_address  VARCHAR(64)   NULL,
    event           VARCHAR(32)   NOT NULL,
    object_type     VARCHAR(32)   NULL,
    object_id       VARCHAR(200)  NULL,
    outcome         VARCHAR(16)   NOT NULL,
    detail          VARCHAR(500)  NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_audit_time ON audit_log (occurred_ms);
CREATE INDEX ix_audit_user ON audit_log (username, occurred_ms);

-- Rows past the online retention (dc.audit.retention, 180 days), same columns plus when they were archived; kept.
CREATE TABLE audit_log_archive (
    id              BIGINT        NOT NULL PRIMARY KEY,
    occurred_ms     BIGINT        NOT NULL,
    username        VARCHAR(64)   NOT NULL,
    source_address  VARCHAR(64)   NULL,
    event           VARCHAR(32)   NOT NULL,
    object_type     VARCHAR(32)   NULL,
    object_id       VARCHAR(200)  NULL,
    outcome         VARCHAR(16)   NOT NULL,
    detail          VARCHAR(500)  NULL,
    archived_ms     BIGINT        NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_audit_archive_time ON audit_log_archive (occurred_ms);
