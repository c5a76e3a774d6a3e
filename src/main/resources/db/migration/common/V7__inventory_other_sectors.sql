-- The regional inventory's sectors that do not come from enterprise accounting (省级温室气体清单编制指南:
-- 农业、土地利用变化和林业、废弃物处理): a region's officials enter them per year, gas by gas. LULUCF removals are
-- negative. The CO2e is computed with the GWP set of the entry and stored with the factor row used.
CREATE TABLE inventory_entry (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    region_code  CHAR(6)       NOT NULL,
    period_year  SMALLINT      NOT NULL,
    sector       VARCHAR(16)   NOT NULL,              -- AGRICULTURE / LULUCF / WASTE
    category     VARCHAR(64)   NOT NULL,              -- e.g. 动物肠道发酵, 森林碳汇, 固体废弃物填埋
    gas          VARCHAR(16)   NOT NULL,              -- CO2 / CH4 / N2O
    amount_t     DECIMAL(24,4) NOT NULL,              -- tonnes of the gas (negative: removal)
    co2e_t       DECIMAL(24,4) NOT NULL,
    gwp_factor   VARCHAR(128)  NULL,                  -- library@version NAME of the GWP row used (none for CO2)
    entered_by   VARCHAR(64)   NOT NULL,
    entered_at   TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    scope_path   VARCHAR(255)  NOT NULL,
    CONSTRAINT uq_inventory_entry UNIQUE (region_code, period_year, sector, category, gas),
    CONSTRAINT fk_inventory_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_inventory_entry_scope ON inventory_entry (scope_path, period_year);
