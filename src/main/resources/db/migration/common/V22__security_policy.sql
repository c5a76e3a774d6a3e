-- The password and session policy the security administrator sets (GB/T 22239-2019 8.1.4.1 a, b; security.md §1.1):
-- every version kept with who, when and why; the highest version is in force on every node.
CREATE TABLE security_policy (
    version         INT           NOT NULL PRIMARY KEY,
    min_length      INT           NOT NULL,
    char_classes    INT           NOT NULL,
    history_count   INT           NOT NULL,
    max_failures    INT           NOT NULL,
    lock_minutes    INT           NOT NULL,
    idle_minutes    INT           NOT NULL,
    changed_by      VARCHAR(64)   NOT NULL,
    changed_at      TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    reason          VARCHAR(500)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
INSERT INTO security_policy (version, min_length, char_classes, history_count, max_failures, lock_minutes, idle_minutes,
                             changed_by, reason)
VALUES (1, 8, 3, 5, 5, 15, 15, 'platform', 'project defaults, security.md §1.1 [practice]');
