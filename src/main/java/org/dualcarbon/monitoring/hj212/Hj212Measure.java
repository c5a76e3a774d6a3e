package org.dualcarbon.monitoring.hj212;

import java.util.Optional;

/** The numeric values a CP item can carry, by the suffix after the code: {@code a21026-Rtd} (domain.md §8.1). */
public enum Hj212Measure {

    RTD("Rtd", "实时值", "real-time value"),
    AVG("Avg", "平均值", "average"),
    MIN("Min", "最小值", "minimum"),
    MAX("Max", "最大值", "maximum"),
    /** Cumulative amount over the period, in the code's cumulative unit ({@link Hj212Pollutant#cumulativeUnit()}). */
    COU("Cou", "累计值", "cumulative amount"),
    /** Corrected to the reference O2 content (折算). */
    ZS_RTD("ZsRtd", "折算实时值", "O2-corrected real-time value"),
    ZS_AVG("ZsAvg", "折算平均值", "O2-corrected average");

    private final String suffix;
    private final String chineseName;
    private final String englishName;

    Hj212Measure(String suffix, String chineseName, String englishName) {
        this.suffix = suffix;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** The measure a CP suffix names (case-sensitive), if any. */
    public static Optional<Hj212Measure> ofSuffix(String suffix) {
        for (Hj212Measure measure : values()) {
            if (measure.suffix.equals(suffix)) {
                return Optional.of(measure);
            }
        }
        return Optional.empty();
    }

    public String suffix() {
        return suffix;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }
}
