package org.dualcarbon.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.dualcarbon.activity.EnergyShare;
import org.dualcarbon.analysis.EmissionRankings;
import org.dualcarbon.analysis.RankingKey;
import org.dualcarbon.analysis.Ratio;
import org.dualcarbon.analysis.UnitRanking;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.emissions.AccountingRun;
import org.dualcarbon.emissions.AnnualAccounting;
import org.dualcarbon.energy.ActivityItem;
import org.dualcarbon.energy.ActivityItemCatalog;
import org.dualcarbon.insight.internal.FiredRows;
import org.dualcarbon.insight.internal.InsightMetric;
import org.dualcarbon.insight.internal.InsightRules;
import org.dualcarbon.organization.EmissionUnit;
import org.dualcarbon.organization.EmissionUnitService;
import org.dualcarbon.organization.Enterprise;
import org.dualcarbon.organization.EnterpriseService;
import org.dualcarbon.statistics.EmissionStatistics;
import org.dualcarbon.statistics.EnergyStatistics;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * 对标 and 诊断 of an enterprise in the caller's scope (else not found). The intensity is its units' emissions per unit
 * of their one product where every unit with output reports the same one, else per tce; the benchmark is the row of
 * rules/analysis/benchmarks.drl.csv for its industry and product — for power the plant category from the fuel (gas ≥ 90 %
 * of tce: 燃气) and the largest unit's capacity (≥ 400 MW: I类, 2023–2024 plan 附1), the year itself or the latest
 * before it. Peers are read in the platform's scope and shown only as percentile and quartiles.
 */
@Service
public class Benchmarking {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final BigDecimal GAS_SHARE_FOR_GAS_PLANT = BigDecimal.valueOf(90);
    static final BigDecimal LARGE_UNIT_MW = BigDecimal.valueOf(400);

    private final EnterpriseService enterprises;
    private final EmissionUnitService units;
    private final AnnualAccounting accounting;
    private final EmissionStatistics emissions;
    private final EnergyStatistics energy;
    private final EmissionRankings rankings;
    private final ActivityItemCatalog items;
    private final ScopeContext scope;
    private final InsightRules rules;

    public Benchmarking(EnterpriseService enterprises, EmissionUnitService units, AnnualAccounting accounting,
                        EmissionStatistics emissions, EnergyStatistics energy, EmissionRankings rankings,
                        ActivityItemCatalog items, ScopeContext scope, InsightRules rules) {
        this.enterprises = enterprises;
        this.units = units;
        this.accounting = accounting;
        this.emissions = emissions;
        this.energy = energy;
        this.rankings = rankings;
        this.items = items;
        this.scope = scope;
        this.rules = rules;
    }

    /** An enterprise's intensity: per unit of its product, or per tce (product null). */
    record Intensity(String product, String unit, BigDecimal output, Ratio value) {
    }

    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public BenchmarkReport report(long enterpriseId, int year) {
        if (year < 1990 || year > 2100) {
            throw new InvalidInputException("year", "年份须在1990–2100之间 / year out of range");
        }
        Enterprise enterprise = enterprises.get(enterpriseId);
        List<AccountingRun> runs = accounting.current(enterpriseId, year);
        if (runs.isEmpty()) {
            return new BenchmarkReport(enterprise, year, null, null, null, null, null, null, null, null, null, null, null,
                    Map.of(), null, List.of(), year + "年该企业没有核算结果，请先核算 / no accounted run for " + year);
        }
        BigDecimal total = runs.stream().map(AccountingRun::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tce = runs.stream().map(AccountingRun::energyTce).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal::add).orElse(null);
        Map<String, Ratio> structure = structure(year, enterprise.scopePath());
        Ratio process = processShare(runs, total);
        List<UnitRanking.Row> sector = sectorRows(enterprise, year);
        Intensity intensity = intensity(sector.stream().filter(r -> r.enterpriseId() == enterprise.id()).toList(), total, tce);
        Benchmark benchmark = benchmark(enterprise, year, intensity.product(), structure);
        Ratio ratio = benchmark == null || !intensity.value().present() ? new Ratio(null, "无适用基准值 / no benchmark applies")
                : Ratio.of(intensity.value().value(), benchmark.value(), 4, "", "");
        List<Intensity> province = peers(sector, "", intensity.product());
        List<Intensity> city = peers(sector, enterprise.regionCode().substring(0, 4), intensity.product());
        PeerPosition industryPeers = position("同行业（全省）", intensity, province);
        PeerPosition cityPeers = position("同行业（本市）", intensity, city);
        BigDecimal before = emissions.totals(year - 1, enterprise.scopePath()).total();
        Map<String, BigDecimal> metrics = new LinkedHashMap<>();
        structure.forEach((group, share) -> metrics.put(group + "_SHARE", share.value()));
        metrics.put("PROCESS_SHARE", process.value());
        metrics.put("BENCHMARK_RATIO", ratio.value());
        metrics.put("PEER_PERCENTILE", industryPeers.percentile());
        metrics.put("EMISSION_YOY", Ratio.change(total, before.signum() == 0 ? null : before, "", "").value());
        return new BenchmarkReport(enterprise, year, total, tce, intensity.product(), intensity.output(), intensity.unit(),
                intensity.value(), benchmark, benchmarkNote(benchmark, year), ratio, industryPeers, cityPeers, structure,
                process, diagnose(enterprise, metrics), null);
    }

    private Map<String, Ratio> structure(int year, String path) {
        List<EnergyShare> groups = energy.byEnergyGroup(year, path);
        BigDecimal sum = groups.stream().map(EnergyShare::tce).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, Ratio> shares = new LinkedHashMap<>();
        for (String group : List.of("COAL", "OIL", "GAS", "ELECTRICITY", "HEAT")) {
            BigDecimal tce = groups.stream().filter(g -> group.equals(g.key())).map(EnergyShare::tce).findFirst()
                    .orElse(BigDecimal.ZERO);
            shares.put(group, Ratio.of(tce.multiply(HUNDRED), sum, 2, "无能耗数据 / no energy data", "能耗为零 / no energy"));
        }
        return shares;
    }

    private Ratio processShare(List<AccountingRun> runs, BigDecimal total) {
        BigDecimal process = BigDecimal.ZERO;
        for (AccountingRun run : runs) {
            process = process.add(accounting.lines(run.id()).stream().filter(l -> "PROCESS".equals(l.category()))
                    .map(l -> l.emission()).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        return Ratio.of(process.multiply(HUNDRED), total, 2, "无核算排放 / no emissions", "排放为零 / zero emissions");
    }

    /**
     * The units of the enterprise's sector in its province, read once in the platform's own scope (the enterprise's own
     * access was checked when it was read): its own rows and its peers' come from here, the peers shown only in summary.
     */
    private List<UnitRanking.Row> sectorRows(Enterprise enterprise, int year) {
        String province = enterprise.regionCode().substring(0, 2) + "0000";
        return scope.asSystem((Supplier<List<UnitRanking.Row>>) () -> rankings.rank(
                new EmissionRankings.Query(year, province, enterprise.sector(), null, RankingKey.TOTAL, true)).rows());
    }

    /** Per product when every unit with output reports the same one product, else per tce. */
    static Intensity intensity(List<UnitRanking.Row> rows, BigDecimal total, BigDecimal tce) {
        List<UnitRanking.Row> withOutput = rows.stream().filter(r -> r.output() != null).toList();
        List<String> products = withOutput.stream().map(UnitRanking.Row::outputItem).distinct().toList();
        if (products.size() == 1) {
            BigDecimal output = withOutput.stream().map(UnitRanking.Row::output).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal emitted = withOutput.stream().map(UnitRanking.Row::total).reduce(BigDecimal.ZERO, BigDecimal::add);
            String unit = "tCO2e/" + withOutput.get(0).outputUnit();
            return new Intensity(products.get(0), unit, output, Ratio.of(emitted, output, 4, "无产量 / no output", "产量为零 / output zero"));
        }
        return new Intensity(null, "tCO2e/tce", null, Ratio.of(total, tce, 4, "无能耗数据 / no energy figure", "能耗为零 / no energy"));
    }

    private Benchmark benchmark(Enterprise enterprise, int year, String product, Map<String, Ratio> structure) {
        if (product == null) {
            return null;
        }
        String category = category(enterprise, structure);
        return rules.benchmarks().stream()
                .filter(b -> enterprise.industryCode() != null && enterprise.industryCode().startsWith(b.industry()))
                .filter(b -> items.find(b.product()).map(ActivityItem::nameZh).filter(product::equals).isPresent())
                .filter(b -> b.category().equals(category))
                .min(Comparator.comparingInt((Benchmark b) -> b.year() <= year ? year - b.year() : 1000 + b.year() - year))
                .orElse(null);
    }

    private String category(Enterprise enterprise, Map<String, Ratio> structure) {
        Ratio gas = structure.get("GAS");
        if (gas != null && gas.present() && gas.value().compareTo(GAS_SHARE_FOR_GAS_PLANT) >= 0) {
            return "GAS";
        }
        BigDecimal largest = units.ofEnterprise(enterprise.id()).stream()
                .filter(u -> u.capacity() != null && "MW".equalsIgnoreCase(u.capacityUnit())).map(EmissionUnit::capacity)
                .max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
        return largest.compareTo(LARGE_UNIT_MW) >= 0 ? "COAL_I" : "COAL_II";
    }

    private static String benchmarkNote(Benchmark benchmark, int year) {
        if (benchmark == null) {
            return "本行业/产品暂无已登记的基准值，仅与同行业比较 / no benchmark value recorded for the industry and product";
        }
        String which = benchmark.year() == year ? "" : "采用" + benchmark.year() + "年基准值；";
        return which + "对标口径：核算总排放/产量（简化）；配额基准值口径为化石燃料燃烧与购入电力排放/发电量";
    }

    /** The intensities of the sector's enterprises whose division code starts with {@code division}, per the same product. */
    private static List<Intensity> peers(List<UnitRanking.Row> sector, String division, String product) {
        Map<Long, List<UnitRanking.Row>> byEnterprise = sector.stream().filter(r -> r.regionCode().startsWith(division))
                .collect(Collectors.groupingBy(UnitRanking.Row::enterpriseId));
        List<Intensity> peers = new ArrayList<>();
        byEnterprise.forEach((id, own) -> {
            BigDecimal total = own.stream().map(UnitRanking.Row::total).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal tce = own.stream().map(UnitRanking.Row::energyTce).filter(java.util.Objects::nonNull)
                    .reduce(BigDecimal::add).orElse(null);
            Intensity i = intensity(own, total, tce);
            if (i.value().present() && java.util.Objects.equals(i.product(), product)) {
                peers.add(i);
            }
        });
        return peers;
    }

    static PeerPosition position(String group, Intensity own, List<Intensity> peers) {
        if (!own.value().present()) {
            return new PeerPosition(group, peers.size(), null, null, null, null, "本企业强度无法计算 / own intensity unknown");
        }
        if (peers.size() < PeerPosition.MIN_PEERS) {
            return new PeerPosition(group, peers.size(), null, null, null, null,
                    "同类企业不足" + PeerPosition.MIN_PEERS + "家，为防识别不予展示 / fewer than " + PeerPosition.MIN_PEERS + " peers");
        }
        List<BigDecimal> values = peers.stream().map(p -> p.value().value()).sorted().toList();
        long atOrBelow = values.stream().filter(v -> v.compareTo(own.value().value()) <= 0).count();
        BigDecimal percentile = BigDecimal.valueOf(atOrBelow * 100).divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP);
        return new PeerPosition(group, values.size(), percentile, nearestRank(values, 25), nearestRank(values, 50),
                nearestRank(values, 75), null);
    }

    /** The nearest-rank percentile: the value at rank ⌈p/100 × n⌉. */
    static BigDecimal nearestRank(List<BigDecimal> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private List<Finding> diagnose(Enterprise enterprise, Map<String, BigDecimal> metrics) {
        List<InsightMetric> facts = metrics.entrySet().stream()
                .map(m -> new InsightMetric("ENTERPRISE", String.valueOf(enterprise.id()), m.getKey(), m.getValue())).toList();
        List<Finding> findings = new ArrayList<>();
        for (FiredRows.Fired f : rules.fire(rules.diagnosis(), facts)) {
            findings.add(new Finding(f.row().name(), f.metric().metric(), f.metric().value(), 0, false, f.row().text(),
                    f.row().measure(), f.row().source()));
        }
        findings.sort(Comparator.comparing(Finding::rule));
        return findings;
    }
}
