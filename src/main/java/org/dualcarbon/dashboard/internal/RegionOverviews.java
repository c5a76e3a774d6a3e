package org.dualcarbon.dashboard.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dualcarbon.analysis.DecouplingAnalysis;
import org.dualcarbon.analysis.Ratio;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.common.web.ChartJson;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.common.web.NotFoundException;
import org.dualcarbon.emissions.EmissionTotals;
import org.dualcarbon.emissions.EmitterTotal;
import org.dualcarbon.map.DivisionMapView;
import org.dualcarbon.map.DivisionMapViews;
import org.dualcarbon.map.EmissionMap;
import org.dualcarbon.map.MapMetric;
import org.dualcarbon.organization.Region;
import org.dualcarbon.organization.RegionService;
import org.dualcarbon.statistics.EmissionStatistics;
import org.dualcarbon.statistics.EnergyStatistics;
import org.dualcarbon.statistics.SectorFigures;
import org.springframework.stereotype.Component;

/** Assembles a {@link RegionOverview}: a division in the caller's scope (unknown or outside: not found). */
@Component
class RegionOverviews {

    static final int TREND_YEARS = 10;
    static final int TOP = 10;

    private final EmissionStatistics emissions;
    private final EnergyStatistics energy;
    private final EmissionMap map;
    private final DivisionMapViews mapViews;
    private final DecouplingAnalysis decoupling;
    private final RegionService regions;
    private final ScopeContext scope;
    private final ChartJson charts;
    private final ChartLabels labels;

    RegionOverviews(EmissionStatistics emissions, EnergyStatistics energy, EmissionMap map, DivisionMapViews mapViews,
                    DecouplingAnalysis decoupling, RegionService regions, ScopeContext scope, ChartJson charts,
                    ChartLabels labels) {
        this.emissions = emissions;
        this.energy = energy;
        this.map = map;
        this.mapViews = mapViews;
        this.decoupling = decoupling;
        this.regions = regions;
        this.scope = scope;
        this.charts = charts;
        this.labels = labels;
    }

    /** The division of the code (blank: the caller's own), within the caller's scope. */
    Region region(String code, String own) {
        String wanted = code == null || code.isBlank() ? own : code.trim();
        return Optional.ofNullable(wanted).flatMap(regions::find).filter(r -> scope.current().covers(r.path()))
                .orElseThrow(() -> new NotFoundException("region", wanted));
    }

    /** The latest year with accounted runs in the division (within ten years), else last year. */
    int latestYear(Region region, int thisYear) {
        List<EmissionTotals> years = emissions.yearly(thisYear - TREND_YEARS, thisYear, region.path());
        for (int i = years.size() - 1; i >= 0; i--) {
            if (years.get(i).unitsAccounted() > 0) {
                return years.get(i).year();
            }
        }
        return thisYear - 1;
    }

    RegionOverview overview(Region region, int year, String drillLink, boolean dark) {
        if (year < 1990 || year > 2100) {
            throw new InvalidInputException("year", "年份须在1990–2100之间 / year out of range");
        }
        List<EmissionTotals> trend = emissions.yearly(year - TREND_YEARS + 1, year, region.path());
        EmissionTotals now = trend.get(trend.size() - 1);
        EmissionTotals before = trend.get(trend.size() - 2);
        BigDecimal tce = emissions.energyTce(year, region.path());
        List<EmitterTotal> top = emissions.topEmitters(year, region, TOP);
        DivisionMapView drawn = mapViews.view(map.of(region.code(), year, MapMetric.TOTAL), drillLink, dark);
        String[] state = decouplingState(region, year);
        return new RegionOverview(region, year, trail(region), regions.children(region.code()), now, tce,
                energy.totals(year, region.path()).enterprises(),
                Ratio.change(now.total(), before.unitsAccounted() == 0 ? null : before.total(),
                        "上年无核算结果 / no run the year before", "上年为零 / zero the year before"),
                Ratio.of(now.total(), tce, 4, "无能耗数据 / no energy figure", "能耗为零 / no energy"),
                drawn, trendChart(trend), sectorChart(emissions.sectors(year, region.path())), topChart(top), top,
                state[0], state[1]);
    }

    private List<Region> trail(Region region) {
        return Arrays.stream(region.path().split("/")).filter(s -> !s.isEmpty()).map(regions::find)
                .flatMap(Optional::stream).filter(r -> scope.current().covers(r.path())).toList();
    }

    private String[] decouplingState(Region region, int year) {
        try {
            DecouplingAnalysis.Period last = decoupling.analyse(region.code(), year - 1, year).whole();
            return last.result() == null ? new String[] {null, last.missing()}
                    : new String[] {last.result().state().chinese(), null};
        } catch (InvalidInputException e) {
            return new String[] {null, e.problems().get(0).reason()};
        }
    }

    private String trendChart(List<EmissionTotals> trend) {
        return charts.write(new ChartJson.Chart("line", trend.stream().map(t -> String.valueOf(t.year())).toList(),
                List.of(new ChartJson.Series("碳排放 tCO2e", trend.stream().map(EmissionTotals::total).toList())), "tCO2e"));
    }

    private String sectorChart(List<SectorFigures> sectors) {
        return charts.write(new ChartJson.Chart("pie",
                sectors.stream().map(s -> labels.message("sector." + s.sector())).toList(),
                List.of(new ChartJson.Series("tCO2e", sectors.stream().map(SectorFigures::emissions).toList())), "tCO2e"));
    }

    private String topChart(List<EmitterTotal> top) {
        return charts.write(new ChartJson.Chart("bar", top.stream().map(EmitterTotal::enterpriseName).toList(),
                List.of(new ChartJson.Series("碳排放 tCO2e", top.stream().map(EmitterTotal::total).toList())), "tCO2e"));
    }
}
