-- Files kept with a report submission (报送附件): the original Excel workbook an enterprise imported, byte for byte,
-- with its SHA-256 so that the ledger can record the digest of exactly what was submitted (security.md §5). A file
-- belongs to the submission it produced; rows are never updated. 10 MB is the upload limit, so MEDIUMBLOB (16 MB) holds
-- any of them on MySQL/MariaDB; H2 reads MEDIUMBLOB as BLOB.
CREATE TABLE report_attachment (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_id       BIGINT        NOT NULL,
    submission_id   BIGINT        NOT NULL,
    kind            VARCHAR(16)   NOT NULL,           -- EXCEL_IMPORT
    file_name       VARCHAR(255)  NOT NULL,
    content_type    VARCHAR(128)  NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    sha256          CHAR(64)      NOT NULL,
    content         MEDIUMBLOB    NOT NULL,
    uploaded_by     VARCHAR(64)   NOT NULL,
    uploaded_at     TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    scope_path      VARCHAR(255)  NOT NULL,
    CONSTRAINT fk_attachment_report FOREIGN KEY (report_id) REFERENCES unit_report (id),
    CONSTRAINT fk_attachment_submission FOREIGN KEY (submission_id) REFERENCES report_submission (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_attachment_report ON report_attachment (report_id, submission_id);
