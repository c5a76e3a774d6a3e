package org.dualcarbon.documents.internal;

import static org.dualcarbon.documents.internal.Figures.NONE;
import static org.dualcarbon.documents.internal.Figures.quantity;
import static org.dualcarbon.documents.internal.Figures.share;
import static org.dualcarbon.documents.internal.Figures.text;
import static org.dualcarbon.documents.internal.Figures.time;
import static org.dualcarbon.documents.internal.Figures.tonnes;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.dualcarbon.documents.ReportDocument;
import org.dualcarbon.documents.ReportDocument.Column;
import org.dualcarbon.documents.ReportDocument.Field;
import org.dualcarbon.documents.ReportDocument.Fields;
import org.dualcarbon.documents.ReportDocument.Paragraph;
import org.dualcarbon.documents.ReportDocument.Section;
import org.dualcarbon.documents.ReportDocument.Table;
import org.dualcarbon.emissions.AccountingRun;
import org.dualcarbon.emissions.AccountingRunLine;
import org.dualcarbon.emissions.AnnualAccounting;
import org.dualcarbon.factors.Factor;
import org.dualcarbon.organization.RegionService;
import org.dualcarbon.reporting.ReportEvent;
import org.dualcarbon.reporting.ReportFlag;
import org.dualcarbon.reporting.ReportStatus;
import org.dualcarbon.reporting.ReportTemplate;
import org.dualcarbon.reporting.UnitReport;
import org.dualcarbon.reporting.UnitReports;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the annual emission report of a unit (排放单位年度碳排放报告) from what the platform stores: the report, its
 * current accounting run with every line's factor rows, the flags of the latest submission with the enterprise's
 * explanations, and the report's history (verification findings, decisions). Reads through the caller's scope.
 */
@Component
public class UnitReportComposer {

    static final String TEMPLATE_VERSION = "报告文件模板 1.0";

    private final UnitReports reports;
    private final AnnualAccounting accounting;
    private final RegionService regions;
    private final Labels labels;

    UnitReportComposer(UnitReports reports, AnnualAccounting accounting, RegionService regions, Labels labels) {
        this.reports = reports;
        this.accounting = accounting;
        this.regions = regions;
        this.labels = labels;
    }

    /** What one report's document is made of, read once. */
    record Sources(UnitReport report, ReportTemplate template, AccountingRun run, List<AccountingRunLine> lines,
                   List<ReportFlag> flags, List<ReportEvent> history) {

        /** The newest stored data the document shows: the last event or the run, whichever is later. */
        LocalDateTime asOf() {
            return Stream.concat(history.stream().map(ReportEvent::eventAt), Stream.of(run == null ? null : run.createdAt()))
                    .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(report.updatedAt());
        }
    }

    Sources read(long reportId) {
        UnitReport report = reports.report(reportId);
        AccountingRun run = report.runId() == null ? null : accounting.run(report.runId());
        return new Sources(report, reports.template(report), run, run == null ? List.of() : accounting.lines(run.id()),
                reports.flags(reportId), reports.history(reportId));
    }

    /** A report and the document built from it. */
    public record Composed(UnitReport report, ReportDocument document) {
    }

    /** Reads the report's data in one read-only transaction and builds its document. */
    @Transactional(readOnly = true)
    public Composed compose(long reportId) {
        Sources s = read(reportId);
        UnitReport r = s.report();
        List<Section> sections = new ArrayList<>();
        sections.add(totals(s));
        sections.add(lines(s));
        sections.add(factors(s));
        sections.add(flags(s));
        sections.add(findings(s));
        sections.add(trail(s));
        sections.add(metadata(s));
        String subtitle = r.enterpriseName() + " · " + r.unitName()
                + (r.status() == ReportStatus.APPROVED ? "" : "\n（未批准稿：" + r.status().nameZh() + "）");
        return new Composed(r, new ReportDocument(fileName(r), r.year() + "年度碳排放报告", subtitle, cover(s), sections,
                s.asOf()));
    }

    private List<Field> cover(Sources s) {
        UnitReport r = s.report();
        String region = regions.find(r.regionCode()).map(x -> x.name() + "（" + x.code() + "）").orElse(r.regionCode());
        List<Field> cover = new ArrayList<>(List.of(
                new Field("排放单位", r.unitCode() + " " + r.unitName()),
                new Field("企业名称", r.enterpriseName()),
                new Field("统一社会信用代码", r.uscc()),
                new Field("所属行业", labels.sector(r.sector())),
                new Field("所在地区", region),
                new Field("报告年度", r.year() + "年"),
                new Field("填报模板", s.template().title()),
                new Field("填报依据", s.template().standard())));
        if (s.run() != null && s.run().standard() != null) {
            cover.add(new Field("核算标准", s.run().standard().title()));
            cover.add(new Field("全球变暖潜势", s.run().gwpSet() + "（标准与 GWP 取值的对应关系："
                    + labels.factorStatus(s.run().standard().status()) + "）"));
        }
        cover.add(new Field("报告状态", r.status().nameZh()));
        cover.add(new Field("报告编号", reference(r)));
        return cover;
    }

    private Section totals(Sources s) {
        AccountingRun run = s.run();
        if (run == null) {
            return new Section("一、排放量汇总", new Paragraph("该报告尚未核算：企业尚未提交本年度数据。"));
        }
        Fields figures = new Fields(List.of(
                new Field("排放总量（tCO2e，电力按区域电网平均排放因子）", tonnes(run.total())),
                new Field("排放总量（tCO2e，电力按市场化排放因子）", tonnes(run.totalMarket())),
                new Field("直接排放（范围一，tCO2e）", tonnes(run.direct())),
                new Field("间接排放（范围二，tCO2e）", tonnes(run.indirect())),
                new Field("综合能源消费量（tce，GB/T 2589）", tonnes(run.energyTce()))));
        Map<String, BigDecimal> byGas = new LinkedHashMap<>();
        s.lines().forEach(l -> byGas.merge(text(l.gas()), l.emission(), BigDecimal::add));
        BigDecimal sum = byGas.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<List<String>> gasRows = byGas.entrySet().stream()
                .map(e -> List.of(e.getKey(), tonnes(e.getValue()), share(e.getValue(), sum))).toList();
        Table gases = new Table(List.of(Column.text("温室气体", 3), Column.figure("排放量（tCO2e）", 3), Column.figure("占比", 2)),
                gasRows, List.of("合计", tonnes(sum), share(sum, sum)));
        Table scopes = new Table(List.of(Column.text("范围", 5), Column.figure("排放量（tCO2e）", 3)),
                List.of(List.of("范围一：直接排放（燃料燃烧、工业生产过程等）", tonnes(run.direct())),
                        List.of("范围二：间接排放（净购入电力、热力）", tonnes(run.indirect()))),
                List.of("排放总量", tonnes(run.total())));
        return new Section("一、排放量汇总", figures, new Paragraph("按温室气体："), gases, new Paragraph("按排放范围："), scopes);
    }

    private Section lines(Sources s) {
        if (s.lines().isEmpty()) {
            return new Section("二、核算明细", new Paragraph("无核算明细。"));
        }
        List<List<String>> rows = new ArrayList<>();
        BigDecimal emission = BigDecimal.ZERO;
        BigDecimal energy = BigDecimal.ZERO;
        int n = 1;
        for (AccountingRunLine line : s.lines()) {
            rows.add(List.of(String.valueOf(n++), labels.item(line.lineId()) + "\n" + line.lineId(),
                    labels.category(line.category()), text(line.gas()),
                    quantity(line.activityData()) + " " + text(line.activityUnit()),
                    String.join("\n", line.factors().stream().map(this::factorLine).toList()),
                    tonnes(line.emission()), line.energyTce() == null ? NONE : tonnes(line.energyTce())));
            emission = emission.add(line.emission());
            energy = line.energyTce() == null ? energy : energy.add(line.energyTce());
        }
        Table table = new Table(List.of(Column.text("序号", 2), Column.text("排放源", 5), Column.text("类别", 4),
                Column.text("气体", 2), Column.figure("活动数据", 6), Column.text("排放因子（状态）", 12),
                Column.figure("排放量（tCO2e）", 6), Column.figure("能耗（tce）", 6)), rows,
                List.of("", "合计", "", "", "", "", tonnes(emission), tonnes(energy)));
        List<ReportDocument.Block> blocks = new ArrayList<>(List.of(table));
        if (s.run().notAccounted() != null) {
            blocks.add(new Paragraph("未计入核算的项目：" + s.run().notAccounted()));
        }
        blocks.add(new Paragraph("核算公式和每项输入见平台“核算明细与溯源”页面（核算记录 " + s.run().id() + "）。"));
        return new Section("二、核算明细", blocks);
    }

    private String factorLine(Factor f) {
        return f.name() + " = " + f.plainValue() + " " + text(f.unit()) + "（" + labels.factorStatus(f.status()) + "）";
    }

    private Section factors(Sources s) {
        Map<String, Factor> used = new LinkedHashMap<>();
        s.lines().forEach(l -> l.factors().forEach(f -> used.putIfAbsent(f.library() + "@" + f.version() + "#" + f.name(), f)));
        if (used.isEmpty()) {
            return new Section("三、所用排放因子", new Paragraph("无。"));
        }
        List<List<String>> rows = used.values().stream().map(f -> List.of(f.name(), f.library() + "@" + f.version(),
                f.plainValue(), text(f.unit()), text(f.source()), text(f.reference()),
                labels.factorStatus(f.status()))).toList();
        return new Section("三、所用排放因子",
                new Table(List.of(Column.text("因子 NAME", 5), Column.text("因子库@版本", 5), Column.figure("数值", 3),
                        Column.text("单位", 3), Column.text("来源", 7), Column.text("条款", 4), Column.text("状态", 3)), rows, null),
                new Paragraph("状态：已核验＝已对照原文核对；转载值＝取自转载或二手资料；未核验＝尚未对照原文核对。"));
    }

    private Section flags(Sources s) {
        if (s.flags().isEmpty()) {
            return new Section("四、数据异常及企业说明", new Paragraph("最近一次提交未触发异常规则。"));
        }
        List<List<String>> rows = s.flags().stream().map(f -> List.of(f.ruleName(), text(f.subject()), text(f.observed()),
                text(f.thresholdValue()), text(f.message()), f.explanation() == null ? "（未说明）" : f.explanation(),
                text(f.explainedBy()))).toList();
        return new Section("四、数据异常及企业说明", new Table(List.of(Column.text("规则", 4), Column.text("对象", 4),
                Column.figure("观测值", 3), Column.figure("阈值", 3), Column.text("提示", 7), Column.text("企业说明", 7),
                Column.text("说明人", 3)), rows, null));
    }

    private Section findings(Sources s) {
        List<List<String>> rows = s.history().stream().filter(e -> "VERIFIED".equals(e.event()))
                .map(e -> List.of(time(e.eventAt()), text(e.actor()), text(e.remark()))).toList();
        if (rows.isEmpty()) {
            return new Section("五、核查结论", new Paragraph("尚无核查结论。"));
        }
        return new Section("五、核查结论", new Table(List.of(Column.text("核查时间", 3), Column.text("核查人员", 3),
                Column.text("核查结论", 10)), rows, null));
    }

    private Section trail(Sources s) {
        if (s.history().isEmpty()) {
            return new Section("六、审批与流转记录", new Paragraph("尚无记录。"));
        }
        List<List<String>> rows = s.history().stream().map(e -> List.of(time(e.eventAt()), labels.event(e.event()),
                text(e.actor()), text(e.remark()))).toList();
        return new Section("六、审批与流转记录", new Table(List.of(Column.text("时间", 4), Column.text("环节", 3),
                Column.text("操作人", 3), Column.text("意见或说明", 9)), rows, null));
    }

    private Section metadata(Sources s) {
        List<Field> fields = new ArrayList<>(List.of(
                new Field("报告编号", reference(s.report())),
                new Field("数据截至", time(s.asOf()))));
        if (s.run() != null) {
            fields.add(new Field("核算记录", s.run().id() + "（" + time(s.run().createdAt()) + "，" + s.run().createdBy() + "）"));
            fields.add(new Field("因子库版本", s.run().libraries()));
        }
        fields.add(new Field("文件模板", TEMPLATE_VERSION));
        fields.add(new Field("生成方式", "由碳达峰碳中和管理与服务平台根据存储的提交、核算、异常说明、核查和审批记录生成；"
                + "文件不含生成时刻，数据不变时再次生成的文件逐字节相同。报告批准时登记的文件指纹（SHA-256）可在平台核对。"));
        return new Section("七、生成信息", new Fields(fields));
    }

    private static String reference(UnitReport r) {
        return "DC-" + r.year() + "-" + r.id();
    }

    private static String fileName(UnitReport r) {
        return (r.year() + "年度碳排放报告-" + r.unitCode() + "-" + r.id()).replaceAll("[^\\p{L}\\p{N}._-]", "_");
    }
}
