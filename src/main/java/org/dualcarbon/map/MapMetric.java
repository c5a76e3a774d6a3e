package org.dualcarbon.map;

import java.util.Locale;
import org.dualcarbon.common.web.InvalidInputException;

/** What the map colours the divisions by: emissions, emissions per energy consumed, or the change on the year before. */
public enum MapMetric {
    TOTAL("排放量", "tCO2e"),
    INTENSITY("排放强度", "tCO2e/tce"),
    YOY("同比变化", "%");

    private final String chinese;
    private final String unit;

    MapMetric(String chinese, String unit) {
        this.chinese = chinese;
        this.unit = unit;
    }

    public String chinese() {
        return chinese;
    }

    public String unit() {
        return unit;
    }

    /** The metric named by a query parameter (blank: total); anything else is refused naming the parameter. */
    public static MapMetric parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return TOTAL;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "指标须为 total、intensity 或 yoy / metric must be total, intensity or yoy");
        }
    }
}
