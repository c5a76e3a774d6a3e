package org.dualcarbon.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dualcarbon.analysis.internal.RankingMapper;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.common.web.NotFoundException;
import org.dualcarbon.organization.Region;
import org.dualcarbon.organization.RegionService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * 排放单位排名: ranks the emission units in the caller's scope (an enterprise group manager sees its subsidiaries',
 * an official the division's) for a year by their current accounting runs — total tCO2e, energy tce, intensity per tce
 * and per unit of product output, change against the previous year — filtered by division, industry and energy type.
 */
@Service
public class EmissionRankings {

    static final int INTENSITY_SCALE = 4;

    private final RankingMapper figures;
    private final RegionService regions;
    private final ScopeContext scope;

    public EmissionRankings(RankingMapper figures, RegionService regions, ScopeContext scope) {
        this.figures = figures;
        this.regions = regions;
        this.scope = scope;
    }

    /** What to rank: the year, a division code in scope (null: the whole scope), filters (null: none) and the order. */
    public record Query(int year, String regionCode, String industry, String energyType, RankingKey sort, boolean descending) {
    }

    /** The division of the code within the caller's scope (null for a blank code); 404 when unknown or outside. */
    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public Region division(String regionCode) {
        if (regionCode == null || regionCode.isBlank()) {
            return null;
        }
        return regions.find(regionCode.trim()).filter(r -> scope.current().covers(r.path()))
                .orElseThrow(() -> new NotFoundException("region", regionCode));
    }

    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public UnitRanking rank(Query query) {
        Region region = division(query.regionCode());
        String path = region == null ? null : region.path();
        String energyType = blankToNull(query.energyType());
        List<RankingMapper.UnitFigures> current = figures.units(query.year(), path, energyType).stream()
                .filter(u -> matchesIndustry(u, query.industry())).toList();
        Map<Long, BigDecimal> previous = figures.units(query.year() - 1, path, null).stream()
                .collect(Collectors.toMap(RankingMapper.UnitFigures::unitId, RankingMapper.UnitFigures::total, (a, b) -> a));
        Map<Long, List<RankingMapper.UnitOutput>> outputs = figures.outputs(query.year(), path).stream()
                .collect(Collectors.groupingBy(RankingMapper.UnitOutput::unitId));
        List<UnitRanking.Row> rows = new ArrayList<>();
        for (RankingMapper.UnitFigures unit : current) {
            rows.add(row(unit, previous.get(unit.unitId()), outputs.getOrDefault(unit.unitId(), List.of())));
        }
        rows.sort(order(query.sort(), query.descending()));
        List<UnitRanking.Row> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ranked.add(withRank(rows.get(i), i + 1));
        }
        String message = ranked.isEmpty() ? query.year() + "年范围内没有核算结果（或无符合筛选条件的排放单位） / no accounted data" : null;
        return new UnitRanking(query.year(), region == null ? null : region.code(), region == null ? null : region.name(),
                query.sort(), query.descending(), blankToNull(query.industry()), energyType, ranked, message);
    }

    private static UnitRanking.Row row(RankingMapper.UnitFigures unit, BigDecimal previous, List<RankingMapper.UnitOutput> outputs) {
        Ratio perEnergy = Ratio.of(unit.total(), unit.energyTce(), INTENSITY_SCALE,
                "无能耗数据 / no energy figure", "能耗为零 / no energy consumed");
        RankingMapper.UnitOutput output = outputs.size() == 1 ? outputs.get(0) : null;
        Ratio perOutput = output != null
                ? Ratio.of(unit.total(), output.quantity(), INTENSITY_SCALE, "无产品产量 / no output", "产量为零 / output zero")
                : new Ratio(null, outputs.isEmpty() ? "未报告产品产量 / no product output reported"
                        : "报告了多种产品 / several products reported");
        Ratio yoy = Ratio.change(unit.total(), previous, "上年无核算结果 / no run the year before",
                "上年排放为零 / zero the year before");
        return new UnitRanking.Row(0, unit.unitId(), unit.unitCode(), unit.unitName(), unit.enterpriseId(),
                unit.enterpriseName(), unit.regionCode(), unit.industryCode(), unit.sector(), unit.total(), unit.energyTce(),
                output == null ? null : output.quantity(), output == null ? null : output.itemName(),
                output == null ? null : output.itemUnit(), perEnergy, perOutput, previous, yoy);
    }

    private static UnitRanking.Row withRank(UnitRanking.Row r, int rank) {
        return new UnitRanking.Row(rank, r.unitId(), r.unitCode(), r.unitName(), r.enterpriseId(), r.enterpriseName(),
                r.regionCode(), r.industryCode(), r.sector(), r.total(), r.energyTce(), r.output(), r.outputItem(),
                r.outputUnit(), r.intensityEnergy(), r.intensityOutput(), r.previousTotal(), r.yoy());
    }

    /** By the key in the direction asked; rows without a figure for the key last either way; ties by unit code. */
    static Comparator<UnitRanking.Row> order(RankingKey key, boolean descending) {
        Function<UnitRanking.Row, BigDecimal> value = switch (key) {
            case TOTAL -> UnitRanking.Row::total;
            case ENERGY -> UnitRanking.Row::energyTce;
            case INTENSITY_ENERGY -> r -> r.intensityEnergy().value();
            case INTENSITY_OUTPUT -> r -> r.intensityOutput().value();
            case YOY -> r -> r.yoy().value();
        };
        Comparator<BigDecimal> direction = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing(value, Comparator.nullsLast(direction))
                .thenComparing(UnitRanking.Row::unitCode, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    /** An industry filter matches the platform sector (e.g. POWER) or a GB/T 4754 code prefix (e.g. 44, D4411). */
    private static boolean matchesIndustry(RankingMapper.UnitFigures unit, String industry) {
        if (industry == null || industry.isBlank()) {
            return true;
        }
        String wanted = industry.trim().toUpperCase(Locale.ROOT);
        return wanted.equals(unit.sector()) || (unit.industryCode() != null && unit.industryCode().toUpperCase(Locale.ROOT)
                .startsWith(wanted));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
