package org.dualcarbon.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.common.web.NotFoundException;
import org.dualcarbon.organization.Region;
import org.dualcarbon.organization.RegionService;
import org.dualcarbon.statistics.EmissionStatistics;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * 脱钩分析: Tapio decoupling of a division's accounted emissions (the current runs of its units, t CO2e) from its GDP at
 * constant prices, year on year and over the whole period. A year without GDP or without accounted emissions is
 * shown with the reason instead of a state; so is a base of zero.
 */
@Service
public class DecouplingAnalysis {

    static final int MAX_YEARS = 30;

    private final EmissionStatistics accounting;
    private final RegionalStatistics statistics;
    private final RegionService regions;
    private final ScopeContext scope;

    public DecouplingAnalysis(EmissionStatistics accounting, RegionalStatistics statistics, RegionService regions, ScopeContext scope) {
        this.accounting = accounting;
        this.statistics = statistics;
        this.regions = regions;
        this.scope = scope;
    }

    /** One year's inputs. */
    public record YearFigures(int year, BigDecimal emissions, GdpFigure gdp) {
    }

    /** A period from {@code fromYear} to {@code toYear}: its result, or why there is none. */
    public record Period(int fromYear, int toYear, TapioDecoupling.Result result, String missing) {
    }

    /** The division's years, the year-on-year periods and the whole period, with the convention used. */
    public record Series(Region region, List<YearFigures> years, List<Period> yearOnYear, Period whole, String convention,
                         boolean demoFigures) {
    }

    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public Series analyse(String regionCode, int from, int to) {
        Region region = regions.find(regionCode == null ? "" : regionCode).filter(r -> scope.current().covers(r.path()))
                .orElseThrow(() -> new NotFoundException("region", regionCode));
        if (from >= to) {
            throw new InvalidInputException("from", "起始年须早于结束年 / the first year must come before the last");
        }
        if (to - from > MAX_YEARS) {
            throw new InvalidInputException("to", "期间不超过" + MAX_YEARS + "年 / at most " + MAX_YEARS + " years");
        }
        Map<Integer, GdpFigure> gdp = statistics.gdp(region.code(), from, to).stream()
                .collect(Collectors.toMap(GdpFigure::year, Function.identity()));
        List<YearFigures> years = new ArrayList<>();
        accounting.yearly(from, to, region.path())
                .forEach(t -> years.add(new YearFigures(t.year(), t.total(), gdp.get(t.year()))));
        List<Period> yearOnYear = new ArrayList<>();
        for (int i = 1; i < years.size(); i++) {
            yearOnYear.add(period(years.get(i - 1), years.get(i)));
        }
        boolean demo = gdp.values().stream().anyMatch(g -> "DEMO".equals(g.status()));
        return new Series(region, years, yearOnYear, period(years.get(0), years.get(years.size() - 1)), TapioDecoupling.CONVENTION, demo);
    }

    private static Period period(YearFigures start, YearFigures end) {
        String missing = missing(start, end);
        if (missing != null) {
            return new Period(start.year(), end.year(), null, missing);
        }
        return new Period(start.year(), end.year(), TapioDecoupling.classify(start.emissions(), end.emissions(),
                start.gdp().gdpConstant(), end.gdp().gdpConstant()), null);
    }

    private static String missing(YearFigures start, YearFigures end) {
        for (YearFigures y : List.of(start, end)) {
            if (y.gdp() == null) {
                return y.year() + "年无GDP数据 / no GDP for " + y.year();
            }
            if (y.emissions() == null || y.emissions().signum() <= 0) {
                return y.year() + "年无核算排放 / no accounted emissions for " + y.year();
            }
        }
        if (start.gdp().priceBaseYear() != end.gdp().priceBaseYear()) {
            return "两年GDP的价格基年不同，不可比 / GDP at different price base years";
        }
        return null;
    }
}
