package org.dualcarbon.analysis.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;
import org.dualcarbon.analysis.GdpFigure;
import org.dualcarbon.analysis.RegionalStatistics;
import org.dualcarbon.analysis.SectorValueAdded;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.organization.Region;
import org.dualcarbon.organization.RegionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo GDP and sector value added for the demo province (宁夏, 640000) and its cities, so that the decoupling and
 * decomposition analyses have something to show:
 * invented, seeded figures at constant prices of the first demo year, stored with status DEMO and a source that says
 * so — never to be read as official statistics. Runs after the demo data (order 120) and only once.
 */
@Component
@Order(120)
@ConditionalOnProperty(name = "dc.demo.enabled", havingValue = "true")
class DemoStatistics implements ApplicationRunner {

    static final String PROVINCE = "640000";
    static final String SOURCE = "演示数据：虚构数值，非统计公报 / demo: invented figures, not official statistics";
    private static final Logger log = LoggerFactory.getLogger(DemoStatistics.class);

    private final StatisticsMapper store;
    private final RegionService regions;
    private final ScopeContext scope;
    private final int firstYear;
    private final int lastYear;
    private final long seed;

    DemoStatistics(StatisticsMapper store, RegionService regions, ScopeContext scope,
                   @Value("${dc.demo.first-year:2021}") int firstYear, @Value("${dc.demo.last-year:2025}") int lastYear,
                   @Value("${dc.demo.seed:20260101}") long seed) {
        this.store = store;
        this.regions = regions;
        this.scope = scope;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        scope.asSystem(() -> {
            if (regions.find(PROVINCE).isEmpty()) {
                return;
            }
            if (store.countValueAdded() == 0) {
                seedValueAdded();
            }
            if (store.countGdp() > 0) {
                return;
            }
            Random random = new Random(seed);
            List<Region> cities = regions.children(PROVINCE);
            int rows = 0;
            for (Region region : concat(regions.find(PROVINCE).get(), cities)) {
                // a level in 亿元 by size (the province about 4,500), then growth of 3–8 % a year at constant prices
                double gdp = region.code().equals(PROVINCE) ? 4500 : 300 + random.nextInt(1200);
                for (int year = firstYear; year <= lastYear; year++) {
                    store.upsertGdp(new GdpFigure(region.code(), year, BigDecimal.valueOf(gdp).setScale(2, RoundingMode.HALF_UP),
                            firstYear, SOURCE, "DEMO", "demo", region.path()));
                    gdp *= 1.03 + random.nextDouble() * 0.05;
                    rows++;
                }
            }
            log.info("demo statistics: {} GDP figures (status DEMO, invented)", rows);
        });
    }

    /**
     * Value added of every platform sector for the province and its cities: a share of an invented regional level, then
     * 2–9 % growth a year at constant prices of the first demo year — invented, stored as DEMO.
     */
    private void seedValueAdded() {
        Random random = new Random(seed + 1);
        int rows = 0;
        for (Region region : concat(regions.find(PROVINCE).get(), regions.children(PROVINCE))) {
            double level = region.code().equals(PROVINCE) ? 4500 : 300 + random.nextInt(1200);
            for (String sector : RegionalStatistics.SECTORS) {
                double value = level * (0.01 + random.nextDouble() * 0.09);
                for (int year = firstYear; year <= lastYear; year++) {
                    store.upsertValueAdded(new SectorValueAdded(region.code(), year, sector,
                            BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP), firstYear, SOURCE, "DEMO", "demo",
                            region.path()));
                    value *= 1.02 + random.nextDouble() * 0.07;
                    rows++;
                }
            }
        }
        log.info("demo statistics: {} sector value-added figures (status DEMO, invented)", rows);
    }

    private static List<Region> concat(Region first, List<Region> rest) {
        java.util.ArrayList<Region> all = new java.util.ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }
}
