-- Collection data (采集数据库): monthly activity data per emission unit, and the catalogue of items
-- (energy carriers, process inputs, products) with their GB/T 2589 conversion to standard coal.

CREATE TABLE activity_item (
    code           VARCHAR(32)   NOT NULL PRIMARY KEY,
    kind           VARCHAR(16)   NOT NULL,              -- ENERGY / PROCESS_INPUT / PRODUCT
    energy_group   VARCHAR(16)   NULL,                  -- COAL / OIL / GAS / ELECTRICITY / HEAT / OTHER (energy structure)
    name_zh        VARCHAR(64)   NOT NULL,
    name_en        VARCHAR(64)   NOT NULL,
    unit           VARCHAR(16)   NOT NULL,              -- t, 10^4 Nm3, MWh, GJ
    tce_per_unit   DECIMAL(18,6) NULL,                  -- tonnes of standard coal equivalent per unit
    tce_source     VARCHAR(255)  NULL,
    tce_status     VARCHAR(16)   NULL,                  -- verified / secondary / unverified (domain.md marks)
    sort_order     INT           NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE activity_record (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_id       BIGINT        NOT NULL,
    enterprise_id BIGINT        NOT NULL,
    period_year   SMALLINT      NOT NULL,
    period_month  SMALLINT      NOT NULL,
    item_code     VARCHAR(32)   NOT NULL,
    quantity      DECIMAL(20,4) NOT NULL,
    source        VARCHAR(16)   NOT NULL,               -- DEMO / FORM / EXCEL / MONITORING
    scope_path    VARCHAR(255)  NOT NULL,
    recorded_at   TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uq_activity UNIQUE (unit_id, period_year, period_month, item_code),
    CONSTRAINT fk_activity_unit FOREIGN KEY (unit_id) REFERENCES emission_unit (id),
    CONSTRAINT fk_activity_item FOREIGN KEY (item_code) REFERENCES activity_item (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_activity_scope_period ON activity_record (scope_path, period_year, period_month);
CREATE INDEX ix_activity_enterprise ON activity_record (enterprise_id, period_year);
