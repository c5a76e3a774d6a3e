-- Base data (基础数据库): administrative divisions, industries, parks, enterprise groups, enterprises,
-- emission units with their fuels and processes. Rows that belong to an organisation carry scope_path
-- (see org.dualcarbon.common.scope.ScopePaths); the scope filter adds it to every statement on them.
-- Only scoped tables have a column named scope_path (a test holds every such table to the filter);
-- regions and parks are reference data every user reads, so their place in the tree is called path.

CREATE TABLE region (
    code        CHAR(6)      NOT NULL PRIMARY KEY,      -- GB/T 2260
    name        VARCHAR(64)  NOT NULL,
    level       VARCHAR(16)  NOT NULL,                  -- PROVINCE / CITY / DISTRICT
    parent_code CHAR(6)      NULL,
    path        VARCHAR(64)  NOT NULL,                  -- /640000/640100/640104/
    CONSTRAINT fk_region_parent FOREIGN KEY (parent_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_region_parent ON region (parent_code);

CREATE TABLE industry (
    code        VARCHAR(5)   NOT NULL PRIMARY KEY,      -- GB/T 4754-2017: section letter, or 2/3/4 digits
    name        VARCHAR(128) NOT NULL,
    level       VARCHAR(16)  NOT NULL,                  -- SECTION / DIVISION / GROUP / CLASS
    parent_code VARCHAR(5)   NULL,
    sector      VARCHAR(16)  NULL                       -- platform sector for reporting templates: POWER, STEEL, ...
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE park (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(16)  NOT NULL,
    name        VARCHAR(128) NOT NULL,
    region_code CHAR(6)      NOT NULL,
    park_level  VARCHAR(16)  NOT NULL,                  -- NATIONAL / PROVINCIAL / MUNICIPAL
    path        VARCHAR(255) NOT NULL,                  -- its place in the tree: region path + P<code>/
    created_at  TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at  TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uq_park_code UNIQUE (code),
    CONSTRAINT uq_park_name UNIQUE (name),
    CONSTRAINT fk_park_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE enterprise_group (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    uscc        CHAR(18)     NOT NULL,
    name        VARCHAR(200) NOT NULL,
    region_code CHAR(6)      NOT NULL,
    created_at  TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uq_group_uscc UNIQUE (uscc),
    CONSTRAINT uq_group_name UNIQUE (name),
    CONSTRAINT fk_group_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE enterprise (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    uscc           CHAR(18)     NOT NULL,               -- 统一社会信用代码, GB 32100-2015
    name           VARCHAR(200) NOT NULL,
    region_code    CHAR(6)      NOT NULL,
    park_id        BIGINT       NULL,
    group_id       BIGINT       NULL,
    industry_code  VARCHAR(5)   NOT NULL,
    ets_key_emitter BOOLEAN     NOT NULL DEFAULT FALSE, -- 全国碳市场重点排放单位
    address        VARCHAR(255) NULL,
    scope_path     VARCHAR(255) NOT NULL,
    version        INT          NOT NULL DEFAULT 0,
    created_at     TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at     TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uq_enterprise_uscc UNIQUE (uscc),
    CONSTRAINT fk_enterprise_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT fk_enterprise_park FOREIGN KEY (park_id) REFERENCES park (id),
    CONSTRAINT fk_enterprise_group FOREIGN KEY (group_id) REFERENCES enterprise_group (id),
    CONSTRAINT fk_enterprise_industry FOREIGN KEY (industry_code) REFERENCES industry (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_enterprise_scope ON enterprise (scope_path);
CREATE INDEX ix_enterprise_group ON enterprise (group_id);

CREATE TABLE emission_unit (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    enterprise_id BIGINT        NOT NULL,
    code          VARCHAR(32)   NOT NULL,
    name          VARCHAR(128)  NOT NULL,
    kind          VARCHAR(32)   NOT NULL,               -- BOILER, KILN, BLAST_FURNACE, ... (EmissionUnitKind)
    capacity      DECIMAL(18,4) NULL,
    capacity_unit VARCHAR(16)   NULL,
    commissioned_on DATE        NULL,
    active        BOOLEAN       NOT NULL DEFAULT TRUE,
    scope_path    VARCHAR(255)  NOT NULL,
    created_at    TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uq_unit_code UNIQUE (enterprise_id, code),
    CONSTRAINT fk_unit_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_unit_scope ON emission_unit (scope_path);

-- What a unit burns, processes, buys and makes: the items its data-entry forms ask for.
CREATE TABLE emission_unit_item (
    unit_id     BIGINT       NOT NULL,
    item_code   VARCHAR(32)  NOT NULL,                  -- activity_item.code
    scope_path  VARCHAR(255) NOT NULL,
    PRIMARY KEY (unit_id, item_code),
    CONSTRAINT fk_unit_item_unit FOREIGN KEY (unit_id) REFERENCES emission_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
