package org.dualcarbon.analysis;

import java.math.BigDecimal;
import java.util.List;

/**
 * A year's accounted emissions (tCO2e, the units' current runs) broken down by one {@link RankingDimension}, with each
 * part's share of the total, its change against the previous year and its intensity (tCO2e per 万元 of GDP for a
 * division, of value added for a sector — both recorded statistics; none for an energy type).
 */
public record DimensionSummary(int year, RankingDimension dimension, BigDecimal total, BigDecimal previousTotal,
                               Ratio yoy, Ratio intensity, List<Part> parts) {

    /** One part of the breakdown, largest first. */
    public record Part(String key, String label, BigDecimal total, Ratio share, BigDecimal previousTotal, Ratio yoy,
                       Ratio intensity) {
    }
}
