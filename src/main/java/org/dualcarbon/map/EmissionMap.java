package org.dualcarbon.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.emissions.EmissionTotals;
import org.dualcarbon.emissions.EmitterTotal;
import org.dualcarbon.organization.ParkService;
import org.dualcarbon.organization.Region;
import org.dualcarbon.organization.RegionService;
import org.dualcarbon.statistics.EmissionStatistics;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The figures the emissions map shows: for a region in the caller's scope and a year, each division directly below it
 * from the statistics tables' roll-up of the current accounting runs ({@link EmissionStatistics}); below a district its
 * parks and enterprises. A region outside the scope answers as an unknown one.
 */
@Service
public class EmissionMap {

    private final EmissionStatistics accounting;
    private final RegionService regions;
    private final ParkService parks;
    private final ScopeContext scope;

    public EmissionMap(EmissionStatistics accounting, RegionService regions, ParkService parks, ScopeContext scope) {
        this.accounting = accounting;
        this.regions = regions;
        this.parks = parks;
        this.scope = scope;
    }

    /** The division of the code within the caller's scope; {@link RegionNotFoundException} when unknown or outside. */
    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public Region region(String code) {
        String trimmed = code == null ? "" : code.trim();
        return regions.find(trimmed).filter(r -> scope.current().covers(r.path()))
                .orElseThrow(() -> new RegionNotFoundException(trimmed));
    }

    /** The divisions directly below the region (none for a district). */
    public List<Region> divisions(Region region) {
        return regions.children(region.code());
    }

    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public DivisionMap of(String regionCode, int year, MapMetric metric) {
        if (year < 1990 || year > 2100) {
            throw new InvalidInputException("year", "年份须在1990–2100之间 / year out of range");
        }
        Region region = region(regionCode);
        List<Region> below = divisions(region);
        List<AreaFigures> divisions = below.stream().map(d -> division(d, year)).toList();
        List<AreaFigures> parkFigures = below.isEmpty() ? parks(region, year) : List.of();
        List<AreaFigures> enterprises = below.isEmpty() ? enterprises(region, year) : List.of();
        boolean any = accounting.totals(year, region.path()).unitsAccounted() > 0;
        return new DivisionMap(year, metric, region.code(), region.name(), region.level(), trail(region), divisions,
                parkFigures, enterprises, any ? null : year + "年没有核算结果 / no accounted run in " + year);
    }

    private AreaFigures division(Region division, int year) {
        EmissionTotals now = accounting.totals(year, division.path());
        EmissionTotals before = accounting.totals(year - 1, division.path());
        BigDecimal energy = now.unitsAccounted() == 0 ? null : accounting.energyTce(year, division.path());
        return AreaFigureMath.figures(AreaFigures.Kind.DIVISION, division.code(), division.name(), now.unitsAccounted(),
                now.total(), energy, before.unitsAccounted() == 0 ? null : before.total());
    }

    private List<AreaFigures> parks(Region district, int year) {
        return parks.parks().stream()
                .filter(p -> district.code().equals(p.regionCode()) && scope.current().covers(p.path()))
                .map(p -> {
                    EmissionTotals now = accounting.totals(year, p.path());
                    EmissionTotals before = accounting.totals(year - 1, p.path());
                    return AreaFigureMath.figures(AreaFigures.Kind.PARK, p.code(), p.name(), now.unitsAccounted(), now.total(),
                            now.unitsAccounted() == 0 ? null : accounting.energyTce(year, p.path()),
                            before.unitsAccounted() == 0 ? null : before.total());
                }).toList();
    }

    private List<AreaFigures> enterprises(Region district, int year) {
        Map<Long, EmitterTotal> before = accounting.topEmitters(year - 1, district, Integer.MAX_VALUE).stream()
                .collect(Collectors.toMap(EmitterTotal::enterpriseId, Function.identity()));
        List<AreaFigures> rows = new ArrayList<>();
        for (EmitterTotal e : accounting.topEmitters(year, district, Integer.MAX_VALUE)) {
            EmitterTotal prior = before.get(e.enterpriseId());
            rows.add(AreaFigureMath.figures(AreaFigures.Kind.ENTERPRISE, String.valueOf(e.enterpriseId()),
                    e.enterpriseName(), e.units(), e.total(), e.energyTce(), prior == null ? null : prior.total()));
        }
        return rows;
    }

    /** The regions from the top of the caller's scope down to this one. */
    private List<DivisionMap.Crumb> trail(Region region) {
        return Arrays.stream(region.path().split("/")).filter(s -> !s.isEmpty())
                .map(regions::find).flatMap(Optional::stream)
                .filter(r -> scope.current().covers(r.path()))
                .map(r -> new DivisionMap.Crumb(r.code(), r.name())).toList();
    }
}
