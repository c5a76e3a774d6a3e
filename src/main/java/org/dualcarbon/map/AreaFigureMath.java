package org.dualcarbon.map;

import java.math.BigDecimal;
import org.dualcarbon.analysis.Ratio;

/** Builds an area's figures from its sums of a year and the year before, each missing one with its reason. */
final class AreaFigureMath {

    static final int INTENSITY_SCALE = 4;
    static final String NO_RUN = "无核算结果 / no accounted run";

    private AreaFigureMath() {
    }

    /**
     * @param units   runs of the year (0: nothing accounted)
     * @param energy  tce of the year (null: no run has an energy figure)
     * @param before  tCO2e of the year before (null: no run that year)
     */
    static AreaFigures figures(AreaFigures.Kind kind, String code, String name, long units, BigDecimal total,
                               BigDecimal energy, BigDecimal before) {
        if (units == 0) {
            Figure none = Figure.missing(NO_RUN);
            return new AreaFigures(kind, code, name, none, none, none, none, 0);
        }
        Figure intensity = Figure.of(Ratio.of(total, energy, INTENSITY_SCALE, "无能耗数据 / no energy figure",
                "能耗为零 / no energy consumed"));
        Figure yoy = Figure.of(Ratio.change(total, before, "上年无核算结果 / no run the year before",
                "上年排放为零 / zero the year before"));
        return new AreaFigures(kind, code, name, Figure.of(total, NO_RUN), Figure.of(energy, "无能耗数据 / no energy figure"),
                intensity, yoy, units);
    }
}
