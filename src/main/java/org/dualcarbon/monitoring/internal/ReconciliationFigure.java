package org.dualcarbon.monitoring.internal;

/**
 * A unit-month as the reconciliation rule sees it: measured and accounted CO2 in tonnes and their difference in %
 * of the accounted figure; the rule flags it with the threshold row that it breaks.
 */
public final class ReconciliationFigure {

    private final Long unitId;
    private final double measuredTonnes;
    private final Double accountedTonnes;
    private String flaggedBy;
    private Double limitPercent;

    public ReconciliationFigure(Long unitId, double measuredTonnes, Double accountedTonnes) {
        this.unitId = unitId;
        this.measuredTonnes = measuredTonnes;
        this.accountedTonnes = accountedTonnes;
    }

    public Long getUnitId() {
        return unitId;
    }

    /** An accounted figure above zero to compare with. */
    public boolean isComparable() {
        return accountedTonnes != null && accountedTonnes > 0;
    }

    public double getAbsoluteDifferencePercent() {
        return Math.abs(measuredTonnes - accountedTonnes) / accountedTonnes * 100;
    }

    public void flag(String thresholdName, Double limit) {
        this.flaggedBy = thresholdName;
        this.limitPercent = limit;
    }

    public String getFlaggedBy() {
        return flaggedBy;
    }

    public Double getLimitPercent() {
        return limitPercent;
    }
}
