-- Users, their role and the organisation they belong to; the scope follows from that binding.
CREATE TABLE app_user (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    role          VARCHAR(32)  NOT NULL,
    region_code   CHAR(6)      NULL,                    -- officials, auditors
    park_id       BIGINT       NULL,                    -- park managers
    enterprise_id BIGINT       NULL,                    -- enterprise fillers and managers
    group_id      BIGINT       NULL,                    -- enterprise-group managers
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    locale        VARCHAR(8)   NOT NULL DEFAULT 'zh_CN',
    created_at    TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uq_user_username UNIQUE (username),
    CONSTRAINT fk_user_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT fk_user_park FOREIGN KEY (park_id) REFERENCES park (id),
    CONSTRAINT fk_user_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
    CONSTRAINT fk_user_group FOREIGN KEY (group_id) REFERENCES enterprise_group (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Enterprises whose reports a verifier (核查机构) is assigned to.
CREATE TABLE verifier_assignment (
    user_id       BIGINT NOT NULL,
    enterprise_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, enterprise_id),
    CONSTRAINT fk_assignment_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_assignment_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
