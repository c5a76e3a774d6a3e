-- TOTP second factor (RFC 6238; GB/T 22239-2019 8.1.4.1 d): the shared secret, encrypted with the field key (outside the
-- database), and the last time step accepted at an interactive login, so that a code is never accepted twice.
ALTER TABLE app_user ADD COLUMN totp_secret_enc VARCHAR(400) NULL;
ALTER TABLE app_user ADD COLUMN totp_last_step BIGINT NULL;
