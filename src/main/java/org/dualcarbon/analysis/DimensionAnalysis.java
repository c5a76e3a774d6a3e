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

    private final EmissionStatistics accounting;
    private final ActivityItemCatalog items;

    public DimensionAnalysis(EmissionStatistics accounting, ActivityItemCatalog items) {
        this.accounting = accounting;
        this.items = items;
    }

    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public DimensionSummary summarize(int year, Region region, RankingDimension dimension) {
        RegionalInventory now = accounting.inventory(year, region);
        RegionalInventory before = accounting.inventory(year - 1, region);
        Map<String, BigDecimal> current = breakdown(now, dimension);
        Map<String, BigDecimal> previous = breakdown(before, dimension);
        boolean hadPrevious = before.total().signum() != 0 || !previous.isEmpty();
        List<DimensionSummary.Part> parts = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> e : current.entrySet()) {
            BigDecimal prior = previous.get(e.getKey());
            parts.add(new DimensionSummary.Part(e.getKey(), label(now, dimension, e.getKey()), e.getValue(),
                    share(e.getValue(), now.total()),
                    prior, yoy(e.getValue(), hadPrevious ? (prior == null ? BigDecimal.ZERO : prior) : null)));
        }
        parts.sort(Comparator.comparing(DimensionSummary.Part::total, Comparator.reverseOrder())
                .thenComparing(DimensionSummary.Part::key));
        return new DimensionSummary(year, dimension, now.total(), hadPrevious ? before.total() : null,
                yoy(now.total(), hadPrevious ? before.total() : null), parts);
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
