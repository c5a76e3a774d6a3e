-- Accounted emissions with their lineage (核算结果与溯源). A run accounts one emission unit for one year under
-- named factor-library versions; recomputing creates a new run and marks the old one superseded, never an update
-- of figures.
CREATE TABLE accounting_run (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_id         BIGINT        NOT NULL,
    enterprise_id   BIGINT        NOT NULL,
    period_year     SMALLINT      NOT NULL,
    sector_module   VARCHAR(32)   NOT NULL,
    gwp_set         VARCHAR(8)    NOT NULL,
    libraries       VARCHAR(500)  NOT NULL,           -- code@version of every library the plan used
    total_t         DECIMAL(24,4) NOT NULL,           -- tCO2e, location-based electricity
    total_market_t  DECIMAL(24,4) NOT NULL,           -- tCO2e, market-based electricity
    direct_t        DECIMAL(24,4) NOT NULL,
    indirect_t      DECIMAL(24,4) NOT NULL,
    not_accounted   VARCHAR(1000) NULL,               -- items the engine has no rule for, with the reason
    superseded      BOOLEAN       NOT NULL DEFAULT FALSE,
    created_by      VARCHAR(64)   NOT NULL,
    created_at      TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    scope_path      VARCHAR(255)  NOT NULL,
    CONSTRAINT fk_run_unit FOREIGN KEY (unit_id) REFERENCES emission_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_run_enterprise_year ON accounting_run (enterprise_id, period_year, superseded);
CREATE INDEX ix_run_scope ON accounting_run (scope_path, period_year);

CREATE TABLE accounting_line (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    run_id          BIGINT        NOT NULL,
    line_id         VARCHAR(64)   NOT NULL,
    category        VARCHAR(32)   NOT NULL,
    gas             VARCHAR(16)   NOT NULL,
    formula         VARCHAR(255)  NOT NULL,
    inputs_json     VARCHAR(2000) NOT NULL,
    factors_json    TEXT          NOT NULL,
    activity_data   DECIMAL(30,10) NOT NULL,
    activity_unit   VARCHAR(16)   NOT NULL,
    emission_t      DECIMAL(30,10) NOT NULL,          -- full precision; totals are rounded once
    market_based_t  DECIMAL(30,10) NULL,
    scope_path      VARCHAR(255)  NOT NULL,
    CONSTRAINT fk_line_run FOREIGN KEY (run_id) REFERENCES accounting_run (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_line_run ON accounting_line (run_id);
