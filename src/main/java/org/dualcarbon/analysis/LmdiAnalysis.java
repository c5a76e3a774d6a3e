package org.dualcarbon.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.common.web.NotFoundException;
import org.dualcarbon.organization.Region;
import org.dualcarbon.organization.RegionService;
import org.dualcarbon.statistics.EmissionStatistics;
import org.dualcarbon.statistics.SectorFigures;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * 因素分解: what drove the change of a division's accounted emissions between two years — activity (value added),
 * structure (sector shares), energy intensity (tce per 亿元) and energy mix (tCO2e per tce) — by
 * {@link LmdiDecomposition} over the platform's sectors, with each sector's value added (recorded statistics), energy and
 * emissions (statistics tables). A sector with emissions but no value added in a year is left out with the reason;
 * so are sectors the decomposition itself excludes (process-only, negative).
 */
@Service
public class LmdiAnalysis {

    static final int MAX_YEARS = 30;

    private final EmissionStatistics emissions;
    private final RegionalStatistics statistics;
    private final RegionService regions;
    private final ScopeContext scope;

    public LmdiAnalysis(EmissionStatistics emissions, RegionalStatistics statistics, RegionService regions, ScopeContext scope) {
        this.emissions = emissions;
        this.statistics = statistics;
        this.regions = regions;
        this.scope = scope;
    }

    /** A sector's inputs in one year (null where none is recorded). */
    public record SectorInput(String sector, int year, BigDecimal valueAdded, BigDecimal energyTce, BigDecimal emissions,
                              String valueAddedStatus) {
    }

    /** The inputs, the decomposition (null with the reason in {@code missing}) and the sectors left out. */
    public record Outcome(Region region, int fromYear, int toYear, List<SectorInput> inputs, LmdiDecomposition.Result result,
                          List<LmdiDecomposition.Excluded> excluded, String missing, boolean demoFigures) {

        /** ΔC = C^T − C^0 over the sectors decomposed (t CO2e). */
        public Double change() {
            return result == null ? null : result.change();
        }
    }

    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public Outcome analyse(String regionCode, int from, int to) {
        Region region = regions.find(regionCode == null ? "" : regionCode.trim()).filter(r -> scope.current().covers(r.path()))
                .orElseThrow(() -> new NotFoundException("region", regionCode));
        if (from >= to) {
            throw new InvalidInputException("from", "起始年须早于结束年 / the first year must come before the last");
        }
        if (to - from > MAX_YEARS) {
            throw new InvalidInputException("to", "期间不超过" + MAX_YEARS + "年 / at most " + MAX_YEARS + " years");
        }
        Map<Integer, Map<String, SectorValueAdded>> valueAdded = statistics.valueAdded(region.code(), from, to).stream()
                .filter(v -> v.year() == from || v.year() == to)
                .collect(Collectors.groupingBy(SectorValueAdded::year, Collectors.toMap(SectorValueAdded::sector, v -> v)));
        Map<Integer, Map<String, SectorFigures>> accounted = Map.of(
                from, bySector(emissions.sectors(from, region.path())), to, bySector(emissions.sectors(to, region.path())));
        List<SectorInput> inputs = inputs(from, to, valueAdded, accounted);
        boolean demo = valueAdded.values().stream().flatMap(m -> m.values().stream()).anyMatch(v -> "DEMO".equals(v.status()));
        String missing = missing(from, to, valueAdded, accounted);
        if (missing != null) {
            return new Outcome(region, from, to, inputs, null, List.of(), missing, demo);
        }
        List<LmdiDecomposition.Excluded> excluded = new ArrayList<>();
        Map<String, LmdiDecomposition.SectorYear> base = new TreeMap<>();
        Map<String, LmdiDecomposition.SectorYear> target = new TreeMap<>();
        for (String sector : sectors(valueAdded, accounted)) {
            String without = withoutValueAdded(sector, from, to, valueAdded, accounted);
            if (without != null) {
                excluded.add(new LmdiDecomposition.Excluded(sector, without));
                continue;
            }
            base.put(sector, sectorYear(valueAdded.get(from).get(sector), accounted.get(from).get(sector)));
            target.put(sector, sectorYear(valueAdded.get(to).get(sector), accounted.get(to).get(sector)));
        }
        try {
            LmdiDecomposition.Result result = LmdiDecomposition.decompose(base, target);
            excluded.addAll(result.excluded());
            return new Outcome(region, from, to, inputs, result, excluded, null, demo);
        } catch (IllegalArgumentException e) {
            return new Outcome(region, from, to, inputs, null, excluded, e.getMessage(), demo);
        }
    }

    private static Map<String, SectorFigures> bySector(List<SectorFigures> figures) {
        return figures.stream().collect(Collectors.toMap(SectorFigures::sector, f -> f));
    }

    private static Set<String> sectors(Map<Integer, Map<String, SectorValueAdded>> valueAdded,
                                       Map<Integer, Map<String, SectorFigures>> accounted) {
        Set<String> sectors = new TreeSet<>();
        valueAdded.values().forEach(m -> sectors.addAll(m.keySet()));
        accounted.values().forEach(m -> sectors.addAll(m.keySet()));
        return sectors;
    }

    private static List<SectorInput> inputs(int from, int to, Map<Integer, Map<String, SectorValueAdded>> valueAdded,
                                            Map<Integer, Map<String, SectorFigures>> accounted) {
        List<SectorInput> inputs = new ArrayList<>();
        for (String sector : sectors(valueAdded, accounted)) {
            for (int year : List.of(from, to)) {
                SectorValueAdded v = valueAdded.getOrDefault(year, Map.of()).get(sector);
                SectorFigures f = accounted.get(year).get(sector);
                inputs.add(new SectorInput(sector, year, v == null ? null : v.valueAdded(), f == null ? null : f.energyTce(),
                        f == null ? null : f.emissions(), v == null ? null : v.status()));
            }
        }
        return inputs;
    }

    private static String missing(int from, int to, Map<Integer, Map<String, SectorValueAdded>> valueAdded,
                                  Map<Integer, Map<String, SectorFigures>> accounted) {
        for (int year : List.of(from, to)) {
            if (!valueAdded.containsKey(year)) {
                return year + "年无分行业增加值，请先录入 / no sector value added recorded for " + year;
            }
            if (accounted.get(year).isEmpty()) {
                return year + "年无核算排放 / no accounted emissions for " + year;
            }
        }
        Set<Integer> bases = valueAdded.values().stream().flatMap(m -> m.values().stream())
                .map(SectorValueAdded::priceBaseYear).collect(Collectors.toSet());
        if (bases.size() > 1) {
            return "增加值的价格基年不同（" + bases + "），不可比 / value added at different price base years";
        }
        return null;
    }

    private static String withoutValueAdded(String sector, int from, int to, Map<Integer, Map<String, SectorValueAdded>> valueAdded,
                                            Map<Integer, Map<String, SectorFigures>> accounted) {
        for (int year : List.of(from, to)) {
            SectorFigures f = accounted.get(year).get(sector);
            if (f != null && f.emissions().signum() > 0 && !valueAdded.get(year).containsKey(sector)) {
                return year + "年有排放但无该行业增加值 / emissions but no value added in " + year;
            }
        }
        return null;
    }

    private static LmdiDecomposition.SectorYear sectorYear(SectorValueAdded valueAdded, SectorFigures figures) {
        double activity = valueAdded == null ? 0 : valueAdded.valueAdded().doubleValue();
        return figures == null ? new LmdiDecomposition.SectorYear(activity, 0, 0)
                : new LmdiDecomposition.SectorYear(activity, figures.energyTce().doubleValue(), figures.emissions().doubleValue());
    }
}
