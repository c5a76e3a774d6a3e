package org.dualcarbon.analysis;

import java.util.Locale;
import org.dualcarbon.common.web.InvalidInputException;

/** How the summary of a year is broken down (分析维度): divisions one level down, platform sector, or energy type. */
public enum RankingDimension {
    REGION("地区"), INDUSTRY("行业"), ENERGY_TYPE("能源品种");

    private final String chinese;

    RankingDimension(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** The dimension named by a request parameter (case-insensitive; blank: REGION); 400 naming {@code field} otherwise. */
    public static RankingDimension parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return REGION;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "未知的分析维度 / unknown dimension '" + text + "'; one of region, industry, energy_type");
        }
    }
}
