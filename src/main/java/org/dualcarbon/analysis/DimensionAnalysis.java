package org.dualcarbon.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.dualcarbon.emissions.RegionalInventory;
import org.dualcarbon.energy.ActivityItem;
import org.dualcarbon.energy.ActivityItemCatalog;
import org.dualcarbon.organization.Region;
import org.dualcarbon.statistics.EmissionStatistics;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * 分维度汇总: a year's accounted emissions in the caller's scope (or a division of it) by divisions one level down,
 * by platform sector or by energy type, from the statistics tables' roll-up of the units' current runs
 * ({@link EmissionStatistics#inventory}), with shares and the change against the previous year.
 */
@Service
public class DimensionAnalysis {

    static final int INTENSITY_SCALE = 4;
    /** 1 亿元 = 10 000 万元: the statistics are recorded in 亿元, intensities are per 万元. */
    private static final BigDecimal WAN_PER_YI = BigDecimal.valueOf(10_000);

    private final EmissionStatistics accounting;
    private final ActivityItemCatalog items;
    private final RegionalStatistics statistics;

    public DimensionAnalysis(EmissionStatistics accounting, ActivityItemCatalog items, RegionalStatistics statistics) {
        this.accounting = accounting;
        this.items = items;
        this.statistics = statistics;
    }

    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public DimensionSummary summarize(int year, Region region, RankingDimension dimension) {
        RegionalInventory now = accounting.inventory(year, region);
        RegionalInventory before = accounting.inventory(year - 1, region);
        Map<String, BigDecimal> current = breakdown(now, dimension);
        Map<String, BigDecimal> previous = breakdown(before, dimension);
        boolean hadPrevious = before.total().signum() != 0 || !previous.isEmpty();
        Map<String, BigDecimal> denominators = denominators(year, region, dimension, current.keySet());
        List<DimensionSummary.Part> parts = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> e : current.entrySet()) {
            BigDecimal prior = previous.get(e.getKey());
            parts.add(new DimensionSummary.Part(e.getKey(), label(now, dimension, e.getKey()), e.getValue(),
                    share(e.getValue(), now.total()),
                    prior, yoy(e.getValue(), hadPrevious ? (prior == null ? BigDecimal.ZERO : prior) : null),
                    intensity(e.getValue(), denominators.get(e.getKey()), dimension)));
        }
        parts.sort(Comparator.comparing(DimensionSummary.Part::total, Comparator.reverseOrder())
                .thenComparing(DimensionSummary.Part::key));
        BigDecimal whole = region == null ? null : gdp(region.code(), year);
        return new DimensionSummary(year, dimension, now.total(), hadPrevious ? before.total() : null,
                yoy(now.total(), hadPrevious ? before.total() : null),
                region == null ? new Ratio(null, "请选择地区 / choose a division")
                        : intensity(now.total(), whole, RankingDimension.REGION), parts);
    }

    /** tCO2e per 万元 of the recorded GDP (divisions) or value added (sectors). */
    private static Ratio intensity(BigDecimal total, BigDecimal yi, RankingDimension dimension) {
        if (dimension == RankingDimension.ENERGY_TYPE) {
            return new Ratio(null, "能源品种无对应产出 / no output per energy type");
        }
        String missing = dimension == RankingDimension.REGION ? "无GDP数据 / no GDP recorded" : "无增加值数据 / no value added recorded";
        return Ratio.of(total, yi == null ? null : yi.multiply(WAN_PER_YI), INTENSITY_SCALE, missing, "产出为零 / output zero");
    }

    /** The recorded GDP of each division, or value added of each sector, of the year in 亿元 (empty: none apply). */
    private Map<String, BigDecimal> denominators(int year, Region region, RankingDimension dimension,
                                                 java.util.Set<String> keys) {
        Map<String, BigDecimal> byKey = new java.util.HashMap<>();
        if (dimension == RankingDimension.REGION) {
            keys.forEach(code -> {
                BigDecimal gdp = gdp(code, year);
                if (gdp != null) {
                    byKey.put(code, gdp);
                }
            });
        }
        if (dimension == RankingDimension.INDUSTRY && region != null) {
            statistics.valueAdded(region.code(), year, year).forEach(v -> byKey.put(v.sector(), v.valueAdded()));
        }
        return byKey;
    }

    /** The division's recorded GDP (亿元); null when none is recorded or the division lies outside the caller's scope. */
    private BigDecimal gdp(String code, int year) {
        try {
            List<GdpFigure> figures = statistics.gdp(code, year, year);
            return figures.isEmpty() ? null : figures.get(0).gdpConstant();
        } catch (org.dualcarbon.common.web.NotFoundException outsideScope) {
            return null;
        }
    }

    private static Ratio share(BigDecimal part, BigDecimal total) {
        return Ratio.of(part.multiply(BigDecimal.valueOf(100)), total, 2, "无总量 / no total", "总量为零 / total is zero");
    }

    private static Ratio yoy(BigDecimal now, BigDecimal before) {
        return Ratio.change(now, before, "上年无核算结果 / no accounted data the year before",
                "上年为零 / zero the year before");
    }

    private static Map<String, BigDecimal> breakdown(RegionalInventory inventory, RankingDimension dimension) {
        return switch (dimension) {
            case REGION -> inventory.byDivision();
            case INDUSTRY -> inventory.bySector();
            case ENERGY_TYPE -> inventory.byEnergyType();
        };
    }

    private String label(RegionalInventory inventory, RankingDimension dimension, String key) {
        return switch (dimension) {
            case REGION -> inventory.divisionNames().getOrDefault(key, key);
            case INDUSTRY -> key;
            case ENERGY_TYPE -> items.find(key).map(ActivityItem::nameZh).orElse(key);
        };
    }
}
