package org.dualcarbon.analysis.internal;

import org.dualcarbon.analysis.Ratio;
import org.dualcarbon.analysis.UnitRanking;
import org.dualcarbon.common.excel.ExportTable;

/** The ranking as the export writes it: the page's columns, one row per unit in rank order; "–" and reason where no figure. */
final class RankingExports {

    private RankingExports() {
    }

    static ExportTable table(UnitRanking ranking) {
        ExportTable.Builder table = ExportTable.named(ranking.year() + "年排放单位排名", "排名", "排放单位编码", "排放单位",
                "企业", "行政区划", "行业代码", "行业", "排放量 tCO2e", "能耗 tce", "排放强度 tCO2e/tce", "产品产量", "产品",
                "单位产品排放", "上年排放 tCO2e", "同比 %");
        for (UnitRanking.Row r : ranking.rows()) {
            table.row(r.rank(), r.unitCode(), r.unitName(), r.enterpriseName(), r.regionCode(), r.industryCode(), r.sector(),
                    r.total(), r.energyTce(), cell(r.intensityEnergy()), r.output(),
                    r.outputItem() == null ? null : r.outputItem() + " (" + r.outputUnit() + ")", cell(r.intensityOutput()),
                    r.previousTotal(), cell(r.yoy()));
        }
        return table.build();
    }

    private static Object cell(Ratio ratio) {
        return ratio.present() ? ratio.value() : "– " + ratio.reason();
    }
}
