-- Login lockout (GB/T 22239-2019 8.1.4.1 b), security.md §1.1): consecutive failed logins and the time until which the
-- account is locked, kept in the database so that every node enforces the same lock.
ALTER TABLE app_user ADD COLUMN failed_logins INT NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN locked_until TIMESTAMP NULL;
