package org.dualcarbon.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dualcarbon.common.excel.ExportTable;
import org.dualcarbon.reporting.ReportProgress;
import org.dualcarbon.reporting.ReportStatus;
import org.dualcarbon.reporting.UnitReport;

/** The reporting lists as export tables, with the columns their pages show. */
final class ReportExports {

    private ReportExports() {
    }

    static ExportTable reports(String name, List<UnitReport> reports) {
        ExportTable.Builder table = ExportTable.named(name, "报告编号", "年度", "企业", "统一社会信用代码", "设施编码", "设施名称",
                "行业", "状态", "逾期", "核算总量 tCO2e", "异常数", "提交次数", "截止时间", "更新时间");
        for (UnitReport r : reports) {
            table.row(r.id(), r.year(), r.enterpriseName(), r.uscc(), r.unitCode(), r.unitName(), r.sector(),
                    r.status().nameZh(), r.overdue(), r.total(), r.flagCount(), r.submissionCount(), r.deadline(), r.updatedAt());
        }
        return table.build();
    }

    static List<ExportTable> progress(ReportProgress progress, List<UnitReport> overdue, List<UnitReport> flagged) {
        ExportTable.Builder byStatus = ExportTable.named("按状态", "状态", "报告数");
        for (ReportStatus status : ReportStatus.values()) {
            byStatus.row(status.nameZh(), progress.byStatus().getOrDefault(status.name(), 0L));
        }
        byStatus.row("合计", progress.total()).row("其中逾期", progress.overdue()).row("其中有异常", progress.flagged());
        List<ExportTable> tables = new ArrayList<>();
        tables.add(byStatus.build());
        tables.add(byDimension("按地区", "地区", progress.byCity(), progress.cityNames()));
        tables.add(byDimension("按行业", "行业", progress.bySector(), Map.of()));
        tables.add(reports("逾期报告", overdue));
        tables.add(reports("异常报告", flagged));
        return tables;
    }

    private static ExportTable byDimension(String name, String dimension, Map<String, Map<String, Long>> counts,
                                           Map<String, String> names) {
        List<String> headers = new ArrayList<>(List.of(dimension + "代码", dimension));
        for (ReportStatus status : ReportStatus.values()) {
            headers.add(status.nameZh());
        }
        headers.add("合计");
        ExportTable.Builder table = ExportTable.named(name, headers.toArray(String[]::new));
        counts.forEach((key, byStatus) -> {
            List<Object> row = new ArrayList<>(List.of(key, names.getOrDefault(key, key)));
            long total = 0;
            for (ReportStatus status : ReportStatus.values()) {
                long n = byStatus.getOrDefault(status.name(), 0L);
                row.add(n);
                total += n;
            }
            row.add(total);
            table.row(row.toArray());
        });
        return table.build();
    }
}
