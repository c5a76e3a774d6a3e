-- Factor library versions (规则库版本). A version is never changed: a new table is a new version. The shipped
-- tables under rules/factors are registered on first start; later versions are uploaded and activated.
CREATE TABLE factor_library_version (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code          VARCHAR(64)  NOT NULL,
    version       VARCHAR(32)  NOT NULL,
    title         VARCHAR(255) NOT NULL,
    document      VARCHAR(255) NOT NULL,
    published     VARCHAR(32)  NOT NULL,
    status        VARCHAR(16)  NOT NULL,              -- official / draft
    content_hash  CHAR(64)     NOT NULL,              -- SHA-256 of the table file
    content       LONGTEXT     NOT NULL,
    row_count     INT          NOT NULL,
    origin        VARCHAR(16)  NOT NULL,              -- SHIPPED / UPLOADED
    review_state  VARCHAR(16)  NOT NULL,              -- IN_REVIEW / APPROVED / REJECTED (shipped: APPROVED)
    uploaded_by   VARCHAR(64)  NULL,
    process_instance_id VARCHAR(64) NULL,             -- the approval process of an uploaded version
    active        BOOLEAN      NOT NULL DEFAULT FALSE,
    registered_at TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    activated_at  TIMESTAMP    NULL,
    activated_by  VARCHAR(64)  NULL,
    reason        VARCHAR(500) NULL,
    CONSTRAINT uq_factor_library_version UNIQUE (code, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_factor_library_hash ON factor_library_version (content_hash);
