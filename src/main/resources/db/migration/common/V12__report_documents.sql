-- Fingerprints of report documents (报告文件指纹): when a unit's report is approved, its .docx and PDF are generated
-- from the stored data and their SHA-256 kept here. The files themselves are not stored — they are generated again on
-- demand and, as long as the data they show are unchanged, byte for byte the same, so a download can be checked
-- against the fingerprint taken at approval.
CREATE TABLE report_document (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_id       BIGINT        NOT NULL,
    doc_format      VARCHAR(8)    NOT NULL,           -- DOCX PDF
    sha256          CHAR(64)      NOT NULL,
    byte_size       INT           NOT NULL,
    data_as_of      TIMESTAMP     NOT NULL,           -- the newest stored data the document shows (its dates come from here)
    registered_at   TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    scope_path      VARCHAR(255)  NOT NULL,
    CONSTRAINT uq_report_document UNIQUE (report_id, doc_format),
    CONSTRAINT fk_document_report FOREIGN KEY (report_id) REFERENCES unit_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
