-- Statistics tables (统计汇总表): what dashboards and analyses read instead of scanning runs and activity data.
-- Unit rows mirror each unit-year's current accounting run and its monthly energy; node cells hold the sums for every
-- node of the organisation tree (province, city, district, park, enterprise; enterprises' energy by year). Both are kept
-- in the transaction that changes their source (accounting run stored, activity year replaced, report approved,
-- enterprise moved, GB/T 2589 coefficients activated) by adding the difference, and can be rebuilt from scratch.

CREATE TABLE stat_unit_year (
    unit_id         BIGINT        NOT NULL,
    period_year     SMALLINT      NOT NULL,
    run_id          BIGINT        NOT NULL,
    enterprise_id   BIGINT        NOT NULL,
    node_path       VARCHAR(255)  NOT NULL,           -- the enterprise's scope path when the row was written
    sector          VARCHAR(32)   NOT NULL,
    total_t         DECIMAL(24,4) NOT NULL,
    total_market_t  DECIMAL(24,4) NOT NULL,
    direct_t        DECIMAL(24,4) NOT NULL,
    energy_tce      DECIMAL(24,4) NULL,
    approved        BOOLEAN       NOT NULL,           -- the unit-year's report is approved
    PRIMARY KEY (unit_id, period_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- the run's lines, each rounded to 4 decimals once, as the regional inventory adds them up
CREATE TABLE stat_unit_line (
    unit_id         BIGINT        NOT NULL,
    period_year     SMALLINT      NOT NULL,
    line_id         VARCHAR(64)   NOT NULL,
    emission_t      DECIMAL(24,4) NOT NULL,
    PRIMARY KEY (unit_id, period_year, line_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE stat_unit_energy (
    unit_id         BIGINT        NOT NULL,
    period_year     SMALLINT      NOT NULL,
    period_month    SMALLINT      NOT NULL,
    energy_group    VARCHAR(32)   NOT NULL,
    enterprise_id   BIGINT        NOT NULL,
    node_path       VARCHAR(255)  NOT NULL,
    sector          VARCHAR(32)   NOT NULL,
    tce             DECIMAL(38,10) NOT NULL,          -- Σ quantity × GB/T 2589 coefficient, unrounded
    PRIMARY KEY (unit_id, period_year, period_month, energy_group)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- a unit's product output of a year (activity items of kind PRODUCT), for intensities per unit of product
CREATE TABLE stat_unit_output (
    unit_id         BIGINT        NOT NULL,
    period_year     SMALLINT      NOT NULL,
    item_code       VARCHAR(32)   NOT NULL,
    quantity        DECIMAL(24,4) NOT NULL,
    PRIMARY KEY (unit_id, period_year, item_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- dimension TOTAL (key ''), SECTOR (platform sector), LINE (accounting line = energy type or process)
CREATE TABLE stat_emission_cell (
    node_path       VARCHAR(255)  NOT NULL,
    period_year     SMALLINT      NOT NULL,
    dimension       VARCHAR(8)    NOT NULL,
    dim_key         VARCHAR(64)   NOT NULL,
    node_depth      SMALLINT      NOT NULL,
    node_kind       CHAR(1)       NOT NULL,           -- R division, P park, E enterprise
    enterprise_id   BIGINT        NULL,
    emission_t      DECIMAL(28,4) NOT NULL,           -- TOTAL: Σ run totals; SECTOR, LINE: Σ rounded lines
    lines_t         DECIMAL(28,4) NOT NULL,           -- TOTAL: Σ rounded lines (the inventory's total)
    market_t        DECIMAL(28,4) NOT NULL,
    direct_t        DECIMAL(28,4) NOT NULL,
    energy_tce      DECIMAL(28,4) NOT NULL,
    energy_units    INT           NOT NULL,           -- units whose run has an energy figure
    units           INT           NOT NULL,
    approved_units  INT           NOT NULL,
    approved_t      DECIMAL(28,4) NOT NULL,
    PRIMARY KEY (node_path, period_year, dimension, dim_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_stat_emission_depth ON stat_emission_cell (period_year, node_depth, dimension);

-- month 1–12 for divisions and parks, 0 (the whole year) for enterprises; dimension TOTAL (key ''), GROUP (energy
-- group), SECTOR
CREATE TABLE stat_energy_cell (
    node_path       VARCHAR(255)  NOT NULL,
    period_year     SMALLINT      NOT NULL,
    period_month    SMALLINT      NOT NULL,
    dimension       VARCHAR(8)    NOT NULL,
    dim_key         VARCHAR(64)   NOT NULL,
    node_depth      SMALLINT      NOT NULL,
    node_kind       CHAR(1)       NOT NULL,
    enterprise_id   BIGINT        NULL,
    tce             DECIMAL(38,10) NOT NULL,
    contributions   INT           NOT NULL,           -- unit-month rows summed here (0: the cell is empty)
    PRIMARY KEY (node_path, period_year, period_month, dimension, dim_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_stat_energy_kind ON stat_energy_cell (period_year, node_kind, dimension);

-- one row, locked by every change of the statistics so that a rebuild and the incremental updates never interleave
CREATE TABLE stat_lock (
    id              INT           NOT NULL PRIMARY KEY,
    changes         BIGINT        NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
INSERT INTO stat_lock (id, changes) VALUES (1, 0);

CREATE TABLE stat_rebuild_run (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    started_at      TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    finished_at     TIMESTAMP     NULL,
    requested_by    VARCHAR(64)   NOT NULL,
    what            VARCHAR(8)    NOT NULL,           -- ALL, or ENERGY (after new standard-coal coefficients)
    reason          VARCHAR(300)  NOT NULL,
    unit_years      INT           NULL,
    cells           INT           NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
