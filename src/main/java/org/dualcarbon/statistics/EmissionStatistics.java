package org.dualcarbon.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dualcarbon.accounting.AccountingResult;
import org.dualcarbon.emissions.EmissionTotals;
import org.dualcarbon.emissions.EmitterTotal;
import org.dualcarbon.emissions.RegionalInventory;
import org.dualcarbon.organization.Region;
import org.dualcarbon.organization.RegionService;
import org.dualcarbon.statistics.internal.StatReadMapper;
import org.dualcarbon.statistics.internal.StatReadMapper.EmissionSum;
import org.dualcarbon.statistics.internal.StatisticsScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Accounted emissions of the caller's scope, or of a division or park in it, read from the statistics tables: the
 * same figures as rolling up the units' current runs ({@code AnnualAccounting#totals}, {@code #inventory},
 * {@code #topEmitters}) without touching a run or a line.
 */
@Service
public class EmissionStatistics {

    private static final String TOTAL = "TOTAL";

    private final StatReadMapper cells;
    private final StatisticsScope scope;
    private final RegionService regions;

    public EmissionStatistics(StatReadMapper cells, StatisticsScope scope, RegionService regions) {
        this.cells = cells;
        this.scope = scope;
        this.regions = regions;
    }

    /** How much of a year's total rests on approved reports. */
    public record Approval(int year, long units, long approvedUnits, BigDecimal approvedTotal) {
    }

    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public EmissionTotals totals(int year, String path) {
        return yearly(year, year, path).get(0);
    }

    /** The totals of every year from {@code from} to {@code to} (zero for a year without runs). */
    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public List<EmissionTotals> yearly(int from, int to, String path) {
        Map<Integer, EmissionSum> byYear = new HashMap<>();
        Optional<List<String>> nodes = scope.nodes(path);
        if (!StatisticsScope.nothing(nodes)) {
            cells.emissionByYear(StatisticsScope.parameter(nodes), from, to).forEach(s -> byYear.put(s.year(), s));
        }
        List<EmissionTotals> years = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            EmissionSum sum = byYear.get(year);
            years.add(sum == null ? new EmissionTotals(year, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0)
                    : new EmissionTotals(year, sum.emission(), sum.market(), sum.direct(), sum.units()));
        }
        return years;
    }

    /** Energy (tce) of the current runs in the scope and year; null when no run there has an energy figure. */
    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public BigDecimal energyTce(int year, String path) {
        Optional<List<String>> nodes = scope.nodes(path);
        List<EmissionSum> sums = StatisticsScope.nothing(nodes) ? List.of()
                : cells.emissionByYear(StatisticsScope.parameter(nodes), year, year);
        return sums.isEmpty() || sums.get(0).energyUnits() == 0 ? null : sums.get(0).energy();
    }

    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public Approval approval(int year, String path) {
        Optional<List<String>> nodes = scope.nodes(path);
        List<EmissionSum> sums = StatisticsScope.nothing(nodes) ? List.of()
                : cells.emissionByYear(StatisticsScope.parameter(nodes), year, year);
        return sums.isEmpty() ? new Approval(year, 0, 0, BigDecimal.ZERO)
                : new Approval(year, sums.get(0).units(), sums.get(0).approvedUnits(), sums.get(0).approved());
    }

    /**
     * The regional roll-up below a division (null: the caller's whole scope, by province) for a year, by the divisions
     * one level down (units placed directly in the division count as the division itself), sector and energy type.
     */
    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public RegionalInventory inventory(int year, Region region) {
        Optional<List<String>> nodes = scope.nodes(region == null ? null : region.path());
        Map<String, BigDecimal> bySector = new TreeMap<>();
        Map<String, BigDecimal> byEnergy = new TreeMap<>();
        Map<String, BigDecimal> byDivision = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, Map<String, BigDecimal>> matrix = new TreeMap<>();
        BigDecimal total = BigDecimal.ZERO.setScale(AccountingResult.SCALE);
        if (!StatisticsScope.nothing(nodes)) {
            List<String> parameter = StatisticsScope.parameter(nodes);
            cells.emissionCells(parameter, year, "SECTOR").forEach(c -> bySector.merge(c.key(), c.lines(), BigDecimal::add));
            List<EmissionSum> lines = cells.emissionCells(parameter, year, "LINE");
            lines.forEach(c -> byEnergy.merge(c.key(), c.lines(), BigDecimal::add));
            List<EmissionSum> totals = cells.emissionCells(parameter, year, TOTAL);
            for (EmissionSum t : totals) {
                total = total.add(t.lines());
            }
            if (region == null) {
                totals.forEach(t -> byDivision.merge(province(t.nodePath()), t.lines(), BigDecimal::add));
                lines.forEach(l -> matrix.computeIfAbsent(province(l.nodePath()), k -> new TreeMap<>())
                        .merge(l.key(), l.lines(), BigDecimal::add));
            } else if (!totals.isEmpty()) {
                divisionsBelow(year, region, totals.get(0), lines, byDivision, matrix);
            }
        }
        byDivision.keySet().forEach(code -> names.put(code, regions.find(code).map(Region::name).orElse(code)));
        return new RegionalInventory(year, region == null ? null : region.code(), region == null ? null : region.name(),
                total, byDivision, names, bySector, byEnergy, List.copyOf(byEnergy.keySet()), matrix);
    }

    private void divisionsBelow(int year, Region region, EmissionSum parent, List<EmissionSum> parentLines,
                                Map<String, BigDecimal> byDivision, Map<String, Map<String, BigDecimal>> matrix) {
        int depth = region.path().split("/").length;
        BigDecimal rest = parent.lines();
        int restUnits = parent.units();
        for (EmissionSum child : cells.childDivisionCells(region.path(), depth, year, TOTAL)) {
            byDivision.put(code(child.nodePath()), child.lines());
            rest = rest.subtract(child.lines());
            restUnits -= child.units();
        }
        Map<String, Integer> restLineUnits = new HashMap<>();
        Map<String, BigDecimal> restLines = new TreeMap<>();
        parentLines.forEach(l -> {
            restLines.put(l.key(), l.lines());
            restLineUnits.put(l.key(), l.units());
        });
        for (EmissionSum child : cells.childDivisionCells(region.path(), depth, year, "LINE")) {
            matrix.computeIfAbsent(code(child.nodePath()), k -> new TreeMap<>()).put(child.key(), child.lines());
            restLines.merge(child.key(), child.lines().negate(), BigDecimal::add);
            restLineUnits.merge(child.key(), -child.units(), Integer::sum);
        }
        if (restUnits > 0) {
            byDivision.put(region.code(), rest);
            restLines.forEach((line, value) -> {
                if (restLineUnits.getOrDefault(line, 0) > 0) {
                    matrix.computeIfAbsent(region.code(), k -> new TreeMap<>()).put(line, value);
                }
            });
        }
    }

    /** Emissions and energy by platform sector of a year (null path: the caller's whole scope), largest first. */
    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public List<SectorFigures> sectors(int year, String path) {
        Optional<List<String>> nodes = scope.nodes(path);
        if (StatisticsScope.nothing(nodes)) {
            return List.of();
        }
        Map<String, SectorFigures> bySector = new TreeMap<>();
        for (EmissionSum c : cells.emissionCells(StatisticsScope.parameter(nodes), year, "SECTOR")) {
            bySector.merge(c.key(), new SectorFigures(c.key(), c.lines(), c.energy(), c.units(), c.energyUnits()),
                    (a, b) -> new SectorFigures(a.sector(), a.emissions().add(b.emissions()), a.energyTce().add(b.energyTce()),
                            a.units() + b.units(), a.energyUnits() + b.energyUnits()));
        }
        return bySector.values().stream()
                .sorted(java.util.Comparator.comparing(SectorFigures::emissions).reversed()).toList();
    }

    /** The enterprises with the largest emissions of the year below a division (null: the caller's whole scope). */
    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public List<EmitterTotal> topEmitters(int year, Region region, int limit) {
        Optional<List<String>> nodes = scope.nodes(region == null ? null : region.path());
        if (StatisticsScope.nothing(nodes)) {
            return List.of();
        }
        return cells.topEmitters(StatisticsScope.parameter(nodes), year, Math.max(1, Math.min(limit, 100_000)));
    }

    private static String province(String nodePath) {
        return nodePath.split("/")[1];
    }

    private static String code(String nodePath) {
        String[] segments = nodePath.split("/");
        return segments[segments.length - 1];
    }
}
