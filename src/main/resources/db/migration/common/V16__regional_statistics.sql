-- Regional statistics the analyses need beside accounted emissions (统计数据): GDP at constant prices per division and
-- year, with the price base year, the source and its status (official = 统计公报/年鉴, estimate, demo = invented for
-- the demo and shown as such). One row per division and year; a new figure for the same year replaces the old one.
CREATE TABLE regional_statistics (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    region_code     VARCHAR(12)   NOT NULL,
    stat_year       INT           NOT NULL,
    gdp_constant    DECIMAL(18,4) NOT NULL,            -- 亿元, at the prices of price_base_year (可比价)
    price_base_year INT           NOT NULL,
    source          VARCHAR(300)  NOT NULL,
    status          VARCHAR(16)   NOT NULL,            -- OFFICIAL / ESTIMATE / DEMO
    recorded_by     VARCHAR(64)   NOT NULL,
    recorded_at     TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    scope_path      VARCHAR(255)  NOT NULL,            -- the division's path, so officials see their own divisions
    CONSTRAINT uq_regional_statistics UNIQUE (region_code, stat_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
