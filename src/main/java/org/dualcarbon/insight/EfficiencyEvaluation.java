package org.dualcarbon.insight;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dualcarbon.analysis.GdpFigure;
import org.dualcarbon.analysis.Ratio;
import org.dualcarbon.analysis.RegionalStatistics;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.common.web.NotFoundException;
import org.dualcarbon.emissions.EmitterTotal;
import org.dualcarbon.insight.internal.FiredRows;
import org.dualcarbon.insight.internal.InsightMetric;
import org.dualcarbon.insight.internal.InsightRules;
import org.dualcarbon.organization.Region;
import org.dualcarbon.organization.RegionService;
import org.dualcarbon.statistics.EmissionStatistics;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * 碳效评价: scores the divisions directly below a region (the region itself at the bottom) and its largest emitting
 * enterprises for a year by the rows of rules/analysis/efficiency-evaluation.drl.csv — change of emissions, energy and
 * carbon intensity per GDP against the year before — and lists as 重点关注 every subject a row with watch = Y selected,
 * with the reasons. A figure that cannot be computed (no GDP, no previous year, zero) fires nothing and shows why.
 */
@Service
public class EfficiencyEvaluation {

    /** How many of the largest emitters are evaluated. */
    static final int ENTERPRISES = 100;
    /** Grades from the score (100 + points of the rows fired): platform defaults. */
    static final String GRADE_SCALE = "A ≥ 110，B ≥ 100，C ≥ 80，D < 80（平台缺省）";

    private final EmissionStatistics emissions;
    private final RegionalStatistics statistics;
    private final RegionService regions;
    private final ScopeContext scope;
    private final InsightRules rules;

    public EfficiencyEvaluation(EmissionStatistics emissions, RegionalStatistics statistics, RegionService regions,
                                ScopeContext scope, InsightRules rules) {
        this.emissions = emissions;
        this.statistics = statistics;
        this.regions = regions;
        this.scope = scope;
        this.rules = rules;
    }

    /** The evaluation of a region's divisions and enterprises, the watch list (lowest score first) and the grade scale. */
    public record Evaluation(Region region, int year, List<SubjectScore> divisions, List<SubjectScore> enterprises,
                             List<SubjectScore> watchList, String gradeScale) {
    }

    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public Evaluation evaluate(String regionCode, int year) {
        Region region = regions.find(regionCode == null ? "" : regionCode.trim()).filter(r -> scope.current().covers(r.path()))
                .orElseThrow(() -> new NotFoundException("region", regionCode));
        if (year < 1990 || year > 2100) {
            throw new InvalidInputException("year", "年份须在1990–2100之间 / year out of range");
        }
        List<Region> below = regions.children(region.code());
        List<SubjectScore> divisions = new ArrayList<>();
        for (Region division : below.isEmpty() ? List.of(region) : below) {
            divisions.add(score("REGION", division.code(), division.name(), divisionMetrics(division, year)));
        }
        Map<Long, EmitterTotal> before = emissions.topEmitters(year - 1, region, Integer.MAX_VALUE).stream()
                .collect(Collectors.toMap(EmitterTotal::enterpriseId, Function.identity()));
        List<SubjectScore> enterprises = new ArrayList<>();
        for (EmitterTotal e : emissions.topEmitters(year, region, ENTERPRISES)) {
            enterprises.add(score("ENTERPRISE", String.valueOf(e.enterpriseId()), e.enterpriseName(),
                    enterpriseMetrics(e, before.get(e.enterpriseId()))));
        }
        List<SubjectScore> watch = new ArrayList<>();
        divisions.stream().filter(SubjectScore::watch).forEach(watch::add);
        enterprises.stream().filter(SubjectScore::watch).forEach(watch::add);
        watch.sort(Comparator.comparingInt(SubjectScore::score).thenComparing(SubjectScore::key));
        return new Evaluation(region, year, divisions, enterprises, watch, GRADE_SCALE);
    }

    private Map<String, Ratio> divisionMetrics(Region division, int year) {
        BigDecimal now = nonZero(emissions.totals(year, division.path()).total());
        BigDecimal before = nonZero(emissions.totals(year - 1, division.path()).total());
        Map<String, Ratio> metrics = new LinkedHashMap<>();
        metrics.put("EMISSION_YOY", Ratio.change(now, before, "无本年或上年核算排放 / no emissions this or last year",
                "上年排放为零 / zero last year"));
        metrics.put("ENERGY_YOY", Ratio.change(emissions.energyTce(year, division.path()),
                emissions.energyTce(year - 1, division.path()), "无本年或上年能耗 / no energy this or last year",
                "上年能耗为零 / zero last year"));
        Ratio intensityNow = Ratio.of(now, gdp(division, year), 8, "本年无排放或GDP / no emissions or GDP this year", "GDP为零");
        Ratio intensityBefore = Ratio.of(before, gdp(division, year - 1), 8, "上年无排放或GDP / no emissions or GDP last year",
                "GDP为零");
        metrics.put("INTENSITY_GDP_CHANGE", intensityNow.present() && intensityBefore.present()
                ? Ratio.change(intensityNow.value(), intensityBefore.value(), "", "上年强度为零")
                : new Ratio(null, intensityNow.present() ? intensityBefore.reason() : intensityNow.reason()));
        return metrics;
    }

    private static Map<String, Ratio> enterpriseMetrics(EmitterTotal now, EmitterTotal before) {
        Map<String, Ratio> metrics = new LinkedHashMap<>();
        metrics.put("EMISSION_YOY", Ratio.change(now.total(), before == null ? null : before.total(),
                "上年无核算结果 / no run last year", "上年排放为零 / zero last year"));
        metrics.put("ENERGY_YOY", Ratio.change(now.energyTce(), before == null ? null : before.energyTce(),
                "无本年或上年能耗 / no energy this or last year", "上年能耗为零 / zero last year"));
        metrics.put("INTENSITY_ENERGY", Ratio.of(now.total(), now.energyTce(), 4, "无能耗数据 / no energy figure",
                "能耗为零 / no energy"));
        return metrics;
    }

    private SubjectScore score(String kind, String key, String name, Map<String, Ratio> metrics) {
        List<InsightMetric> facts = metrics.entrySet().stream()
                .map(m -> new InsightMetric(kind, key, m.getKey(), m.getValue().value())).toList();
        List<Finding> findings = new ArrayList<>();
        for (FiredRows.Fired f : rules.fire(rules.evaluation(), facts)) {
            findings.add(new Finding(f.row().name(), f.metric().metric(), f.metric().value(), f.row().points(),
                    f.row().watch(), f.row().text(), null, f.row().source()));
        }
        findings.sort(Comparator.comparing(Finding::rule));
        int score = 100 + findings.stream().mapToInt(Finding::points).sum();
        return new SubjectScore(kind, key, name, metrics, findings, score, grade(score));
    }

    static String grade(int score) {
        return score >= 110 ? "A" : score >= 100 ? "B" : score >= 80 ? "C" : "D";
    }

    private BigDecimal gdp(Region division, int year) {
        List<GdpFigure> figures = statistics.gdp(division.code(), year, year);
        return figures.isEmpty() ? null : figures.get(0).gdpConstant();
    }

    private static BigDecimal nonZero(BigDecimal value) {
        return value == null || value.signum() == 0 ? null : value;
    }
}
