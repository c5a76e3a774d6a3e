package org.dualcarbon.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.dualcarbon.activity.EnergyShare;
import org.dualcarbon.activity.MonthlyEnergy;
import org.dualcarbon.activity.ScopeTotals;
import org.dualcarbon.energy.StandardCoal;
import org.dualcarbon.statistics.internal.StatReadMapper;
import org.dualcarbon.statistics.internal.StatisticsScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Energy consumption (tce, GB/T 2589 coefficients) of the caller's scope, or of a division or park in it, from the
 * statistics tables: the same figures as summing the activity data ({@code ActivityQueries}) without reading a record.
 */
@Service
@PreAuthorize("hasAuthority('ACTIVITY_READ')")
public class EnergyStatistics {

    private final StatReadMapper cells;
    private final StatisticsScope scope;

    public EnergyStatistics(StatReadMapper cells, StatisticsScope scope) {
        this.cells = cells;
        this.scope = scope;
    }

    /** The latest year with energy data in the caller's scope. */
    public Optional<Integer> latestYear() {
        Optional<List<String>> nodes = scope.nodes(null);
        return StatisticsScope.nothing(nodes) ? Optional.empty()
                : Optional.ofNullable(cells.latestEnergyYear(StatisticsScope.parameter(nodes)));
    }

    public ScopeTotals totals(int year, String path) {
        Optional<List<String>> nodes = scope.nodes(path);
        if (StatisticsScope.nothing(nodes)) {
            return new ScopeTotals(year, 0, 0, 0, round(null), round(null));
        }
        List<String> at = StatisticsScope.parameter(nodes);
        return new ScopeTotals(year, cells.countEnterprises(at), cells.countUnits(at), cells.countEtsEmitters(at),
                round(cells.energyOfYear(at, year)), round(cells.energyOfYear(at, year - 1)));
    }

    /**
     * Month by month, for divisions and parks; an enterprise's own months come from its activity data
     * ({@code ActivityQueries#monthlyOfEnterprise}), so an enterprise scope reads as no months here.
     */
    public List<MonthlyEnergy> monthly(int fromYear, int toYear, String path) {
        Optional<List<String>> nodes = scope.nodes(path);
        return StatisticsScope.nothing(nodes) ? List.of()
                : cells.monthlyEnergy(StatisticsScope.parameter(nodes), fromYear, toYear).stream()
                        .map(m -> new MonthlyEnergy(m.year(), m.month(), round(m.tce()))).toList();
    }

    public List<EnergyShare> byEnergyGroup(int year, String path) {
        return by(year, path, "GROUP");
    }

    public List<EnergyShare> bySector(int year, String path) {
        return by(year, path, "SECTOR");
    }

    public List<EnergyShare> topEnterprises(int year, int limit, String path) {
        Optional<List<String>> nodes = scope.nodes(path);
        return StatisticsScope.nothing(nodes) ? List.of()
                : rounded(cells.topEnergyConsumers(StatisticsScope.parameter(nodes), year, Math.max(1, Math.min(limit, 100))));
    }

    private List<EnergyShare> by(int year, String path, String dimension) {
        Optional<List<String>> nodes = scope.nodes(path);
        return StatisticsScope.nothing(nodes) ? List.of()
                : rounded(cells.energyBy(StatisticsScope.parameter(nodes), year, dimension));
    }

    private static List<EnergyShare> rounded(List<EnergyShare> shares) {
        return shares.stream().map(s -> new EnergyShare(s.key(), s.label(), round(s.tce()))).toList();
    }

    private static BigDecimal round(BigDecimal value) {
        return (value == null ? BigDecimal.ZERO : value).setScale(StandardCoal.SCALE, RoundingMode.HALF_UP);
    }
}
