-- The enterprise's contact person (联系人), the platform's only personal data beyond user accounts (GB/T 35273-2020 5.2:
-- name, mobile phone, e-mail and position, for the officials' reminders and queries about the enterprise's reports; no
-- ID-card number, which no purpose needs). Name, phone and e-mail are stored encrypted (AES-256-GCM, key outside the
-- database); phone_index is a keyed hash for equality search.
CREATE TABLE contact_person (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    enterprise_id   BIGINT        NOT NULL,
    name_enc        VARCHAR(400)  NOT NULL,
    phone_enc       VARCHAR(400)  NOT NULL,
    phone_index     CHAR(64)      NOT NULL,
    email_enc       VARCHAR(600)  NULL,
    job_title       VARCHAR(64)   NULL,
    key_id          CHAR(16)      NOT NULL,
    updated_by      VARCHAR(64)   NOT NULL,
    updated_at      TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    scope_path      VARCHAR(255)  NOT NULL,
    CONSTRAINT uq_contact_enterprise UNIQUE (enterprise_id),
    CONSTRAINT fk_contact_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_contact_phone ON contact_person (phone_index);
