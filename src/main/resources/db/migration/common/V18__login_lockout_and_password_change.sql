-- Login lockout (GB/T 22239-2019 8.1.4.1 b), security.md §1.1): consecutive failed logins and the time until which the
-- account is locked, kept in the database so that every node enforces the same lock.
ALTER TABLE app_user ADD COLUMN failed_logins INT NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN locked_until TIMESTAMP NULL;

-- An account created by an administrator must change its initial password at the first login; the last five password
-- hashes of each account are kept so that none is reused (security.md §1.1: history 5, practice).
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
CREATE TABLE password_history (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    changed_at    TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_password_history_user ON password_history (username, id);
