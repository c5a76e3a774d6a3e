package org.dualcarbon.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dualcarbon.common.web.InvalidInputException;

/** What the emission units are ranked by (排名指标), as the {@code sort} parameter names it. */
public enum RankingKey {
    /** Total emissions of the current run, tCO2e. */
    TOTAL,
    /** Energy consumption of the run, tce. */
    ENERGY,
    /** tCO2e per tce of energy. */
    INTENSITY_ENERGY,
    /** tCO2e per unit of the unit's product output (e.g. per MWh generated). */
    INTENSITY_OUTPUT,
    /** Change of total emissions against the previous year, %. */
    YOY;

    /** The key named by a request parameter (case-insensitive; blank: TOTAL); 400 naming {@code field} otherwise. */
    public static RankingKey parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return TOTAL;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "未知的排序指标 / unknown sort key '" + text + "'; one of "
                    + Arrays.stream(values()).map(k -> k.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }
}
