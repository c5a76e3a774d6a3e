package org.dualcarbon.monitoring.internal;

import org.dualcarbon.monitoring.ThresholdRow;

/**
 * A row of rules/monitoring/warning-thresholds.drl.csv: the check (LIMIT, RATE, FLATLINE, SILENCE, RECONCILE), the HJ 212
 * pollutant code it watches ({@code *} for silence), the unit it applies to (ALL or an emission unit's id), the
 * limits (LIMIT: either or both of low and high), the window in minutes (LIMIT: how long the exceedance must last;
 * RATE: the longest gap between the two minutes compared; FLATLINE, SILENCE: how long), the rate (RATE: largest change
 * per minute) and the source of the numbers. RECONCILE: high is the largest difference in % between a unit's monthly
 * CEMS-measured CO2 and its accounted figure.
 */
public final class AlarmThreshold {

    public static final String ALL = "ALL";

    private final String name;
    private final String check;
    private final String pollutant;
    private final String unit;
    private final Double low;
    private final Double high;
    private final int windowMinutes;
    private final Double rate;
    private final String source;

    public AlarmThreshold(String name, String check, String pollutant, String unit, Double low, Double high, int windowMinutes,
                          Double rate, String source) {
        this.name = name;
        this.check = check;
        this.pollutant = pollutant;
        this.unit = unit;
        this.low = low;
        this.high = high;
        this.windowMinutes = windowMinutes;
        this.rate = rate;
        this.source = source;
    }

    static AlarmThreshold of(ThresholdRow row) {
        return new AlarmThreshold(row.name(), row.check(), row.pollutant(), row.unit(), row.low(), row.high(),
                row.windowMinutes(), row.rate(), row.source());
    }

    /** The row as the module's API shows it. */
    public ThresholdRow toRow() {
        return new ThresholdRow(name, check, pollutant, unit, low, high, windowMinutes, rate, source);
    }

    public boolean appliesTo(Long unitId) {
        return ALL.equals(unit) || unit.equals(String.valueOf(unitId));
    }

    /** This row names the unit itself where {@code general} is an ALL row: this one wins. */
    public boolean overrides(AlarmThreshold general, Long unitId) {
        return this != general && ALL.equals(general.unit) && !ALL.equals(unit) && unit.equals(String.valueOf(unitId));
    }

    public boolean outside(double value) {
        return low != null && value < low || high != null && value > high;
    }

    /** |to − from| per minute above the rate. */
    public boolean faster(double from, double to, long millis) {
        return rate != null && millis > 0 && Math.abs(to - from) / (millis / 60_000.0) > rate;
    }

    public long getWindowMillis() {
        return windowMinutes * 60_000L;
    }

    public String getName() {
        return name;
    }

    public String getCheck() {
        return check;
    }

    public String getPollutant() {
        return pollutant;
    }

    public String getUnit() {
        return unit;
    }

    public Double getLow() {
        return low;
    }

    public Double getHigh() {
        return high;
    }

    public int getWindowMinutes() {
        return windowMinutes;
    }

    public Double getRate() {
        return rate;
    }

    public String getSource() {
        return source;
    }
}
