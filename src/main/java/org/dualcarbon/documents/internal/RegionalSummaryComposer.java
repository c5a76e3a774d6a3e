package org.dualcarbon.documents.internal;

import static org.dualcarbon.documents.internal.Figures.NONE;
import static org.dualcarbon.documents.internal.Figures.change;
import static org.dualcarbon.documents.internal.Figures.share;
import static org.dualcarbon.documents.internal.Figures.text;
import static org.dualcarbon.documents.internal.Figures.time;
import static org.dualcarbon.documents.internal.Figures.tonnes;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.dualcarbon.documents.ReportDocument;
import org.dualcarbon.documents.ReportDocument.Column;
import org.dualcarbon.documents.ReportDocument.Field;
import org.dualcarbon.documents.ReportDocument.Fields;
import org.dualcarbon.documents.ReportDocument.Paragraph;
import org.dualcarbon.documents.ReportDocument.Section;
import org.dualcarbon.documents.ReportDocument.Table;
import org.dualcarbon.emissions.AnnualAccounting;
import org.dualcarbon.emissions.EmissionTotals;
import org.dualcarbon.emissions.EmitterTotal;
import org.dualcarbon.emissions.RegionalInventory;
import org.dualcarbon.organization.Industry;
import org.dualcarbon.organization.IndustryCatalog;
import org.dualcarbon.organization.Region;
import org.dualcarbon.organization.RegionService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the regional summary (地区碳排放汇总报告) for officials from the regional inventory of the year and of the year
 * before — the same roll-up the inventory page shows, within the caller's scope: totals, by division, by industry
 * (platform sectors with their GB/T 4754-2017 divisions), by energy type or process, the largest emitters and the
 * change on the year before.
 */
@Component
public class RegionalSummaryComposer {

    static final int TOP_EMITTERS = 10;

    private final AnnualAccounting accounting;
    private final RegionService regions;
    private final IndustryCatalog industries;
    private final Labels labels;

    RegionalSummaryComposer(AnnualAccounting accounting, RegionService regions, IndustryCatalog industries, Labels labels) {
        this.accounting = accounting;
        this.regions = regions;
        this.industries = industries;
        this.labels = labels;
    }

    /** {@code region} null: the caller's whole scope. Reads in one read-only transaction. */
    @Transactional(readOnly = true)
    public ReportDocument compose(int year, Region region) {
        RegionalInventory now = accounting.inventory(year, region);
        RegionalInventory before = accounting.inventory(year - 1, region);
        EmissionTotals totals = accounting.totals(year, region == null ? null : region.path());
        List<EmitterTotal> top = accounting.topEmitters(year, region, TOP_EMITTERS);
        LocalDateTime asOf = accounting.latestRunAt(year, region);
        String area = region == null ? "管辖范围" : region.name();
        Map<String, TreeSet<String>> sectorDivisions = sectorDivisions();
        List<Section> sections = List.of(overview(now, before, totals, area),
                breakdown("二、分地区排放", "地区", now.byDivision(), before.byDivision(), now.total(), before.total(),
                        code -> now.divisionNames().getOrDefault(code, code)),
                breakdown("三、分行业排放（GB/T 4754-2017）", "行业（国民经济行业大类）", now.bySector(), before.bySector(),
                        now.total(), before.total(), sector -> sectorName(sector, sectorDivisions)),
                breakdown("四、分能源品种和排放源", "能源品种或排放源", now.byEnergyType(), before.byEnergyType(), now.total(),
                        before.total(), code -> labels.item(code) + "（" + code + "）"),
                emitters(top, now.total()),
                notes(year, asOf));
        return new ReportDocument(fileName(year, region), area + year + "年度碳排放汇总报告",
                "能源活动和工业生产过程 · 供政府主管部门使用", cover(year, region, area), sections,
                asOf == null ? LocalDateTime.of(year, 12, 31, 0, 0) : asOf);
    }

    private List<Field> cover(int year, Region region, String area) {
        return List.of(new Field("地区", area), new Field("行政区划代码", region == null ? NONE : region.code()),
                new Field("年度", year + "年"),
                new Field("统计口径", "区域内排放单位当前核算结果（能源活动和工业生产过程，不含农业、土地利用和废弃物）"),
                new Field("编制单位", "碳达峰碳中和管理与服务平台"));
    }

    private Section overview(RegionalInventory now, RegionalInventory before, EmissionTotals totals, String area) {
        BigDecimal wan = now.total().divide(BigDecimal.valueOf(10_000), MathContext.DECIMAL64);
        String trend = before.total().signum() == 0 ? "上年无核算数据。"
                : "比上年（" + tonnes(before.total()) + " 吨）变化 " + change(now.total(), before.total()) + "。";
        return new Section("一、总体情况",
                new Fields(List.of(new Field("排放总量（tCO2e）", tonnes(now.total())),
                        new Field("上年排放总量（tCO2e）", tonnes(before.total())),
                        new Field("同比变化", change(now.total(), before.total())),
                        new Field("已核算排放单位数", String.valueOf(totals.unitsAccounted())))),
                new Paragraph(now.year() + "年，" + area + "排放单位能源活动和工业生产过程温室气体排放总量为 "
                        + tonnes(now.total()) + " 吨二氧化碳当量（约 " + Figures.quantity(wan.setScale(2, java.math.RoundingMode.HALF_UP))
                        + " 万吨），" + trend));
    }

    private Section breakdown(String heading, String dimension, Map<String, BigDecimal> now, Map<String, BigDecimal> before,
                              BigDecimal total, BigDecimal totalBefore, Function<String, String> name) {
        TreeSet<String> keys = new TreeSet<>(now.keySet());
        keys.addAll(before.keySet());
        if (keys.isEmpty()) {
            return new Section(heading, new Paragraph("无数据。"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (String key : keys.stream().sorted((a, b) -> now.getOrDefault(b, BigDecimal.ZERO)
                .compareTo(now.getOrDefault(a, BigDecimal.ZERO))).toList()) {
            BigDecimal value = now.get(key);
            rows.add(List.of(name.apply(key), tonnes(value == null ? BigDecimal.ZERO : value), tonnes(before.get(key)),
                    change(value, before.get(key)), share(value, total)));
        }
        return new Section(heading, new Table(List.of(Column.text(dimension, 6), Column.figure("本年（tCO2e）", 4),
                Column.figure("上年（tCO2e）", 4), Column.figure("同比", 2), Column.figure("占比", 2)), rows,
                List.of("合计", tonnes(total), tonnes(totalBefore), change(total, totalBefore), share(total, total))));
    }

    /** The GB/T 4754-2017 divisions (2-digit codes) whose classes each platform sector groups. */
    private Map<String, TreeSet<String>> sectorDivisions() {
        Map<String, TreeSet<String>> divisions = new TreeMap<>();
        for (Industry industry : industries.classes()) {
            if (industry.sector() != null && industry.code().length() >= 2) {
                divisions.computeIfAbsent(industry.sector(), k -> new TreeSet<>()).add(industry.code().substring(0, 2));
            }
        }
        return divisions;
    }

    private String sectorName(String sector, Map<String, TreeSet<String>> divisions) {
        TreeSet<String> codes = divisions.get(sector);
        return labels.sector(sector) + (codes == null ? "" : "（" + String.join("、", codes) + "）");
    }

    private Section emitters(List<EmitterTotal> top, BigDecimal total) {
        String heading = "五、重点排放企业（前" + TOP_EMITTERS + "名）";
        if (top.isEmpty()) {
            return new Section(heading, new Paragraph("无数据。"));
        }
        List<List<String>> rows = new ArrayList<>();
        int rank = 1;
        for (EmitterTotal e : top) {
            rows.add(List.of(String.valueOf(rank++), e.enterpriseName(), text(e.uscc()),
                    regions.find(e.regionCode()).map(Region::name).orElse(text(e.regionCode())),
                    labels.sector(e.sector()) + "\n" + text(e.industryCode()), String.valueOf(e.units()), tonnes(e.total()),
                    share(e.total(), total)));
        }
        return new Section(heading, new Table(List.of(Column.text("排名", 2), Column.text("企业", 7), Column.text("统一社会信用代码", 7),
                Column.text("地区", 3), Column.text("行业", 3), Column.figure("单位数", 2), Column.figure("排放量（tCO2e）", 5),
                Column.figure("占比", 3)), rows, null));
    }

    private Section notes(int year, LocalDateTime asOf) {
        return new Section("六、说明与生成信息", new Fields(List.of(
                new Field("数据来源", "各排放单位" + year + "年度及上年度的当前核算记录（被重新核算取代的记录不计）；"
                        + "分项按核算明细逐行四舍五入至 0.0001 吨后汇总，与平台“区域排放清单”页面一致。"),
                new Field("数据截至", time(asOf)),
                new Field("数据范围", "仅含查阅者管辖范围内的排放单位。"),
                new Field("文件模板", UnitReportComposer.TEMPLATE_VERSION),
                new Field("生成方式", "文件不含生成时刻，数据不变时再次生成的文件逐字节相同。"))));
    }

    private static String fileName(int year, Region region) {
        return (year + "年度碳排放汇总报告-" + (region == null ? "all" : region.code())).replaceAll("[^\\p{L}\\p{N}._-]", "_");
    }
}
