-- Value added by sector (分行业增加值) per division and year at constant prices: the activity of the LMDI decomposition
-- (C = Σ_i Q × Q_i/Q × E_i/Q_i × C_i/E_i, domain.md §6.2). Sectors are the platform's (industry.sector). Same source and
-- status rules as regional_statistics; one row per division, year and sector, a new figure replaces the old one.
CREATE TABLE sector_statistics (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    region_code     VARCHAR(12)   NOT NULL,
    stat_year       INT           NOT NULL,
    sector          VARCHAR(16)   NOT NULL,
    value_added     DECIMAL(18,4) NOT NULL,            -- 亿元, at the prices of price_base_year (可比价)
    price_base_year INT           NOT NULL,
    source          VARCHAR(300)  NOT NULL,
    status          VARCHAR(16)   NOT NULL,            -- OFFICIAL / ESTIMATE / DEMO
    recorded_by     VARCHAR(64)   NOT NULL,
    recorded_at     TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    scope_path      VARCHAR(255)  NOT NULL,
    CONSTRAINT uq_sector_statistics UNIQUE (region_code, stat_year, sector)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
