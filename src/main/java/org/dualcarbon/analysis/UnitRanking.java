package org.dualcarbon.analysis;

import java.math.BigDecimal;
import java.util.List;

/**
 * 排放单位排名: the emission units of a year within the caller's scope (or a division of it), each with its
 * enterprise, ranked by one {@link RankingKey}. {@code message} says why the list is empty when it is.
 */
public record UnitRanking(int year, String regionCode, String regionName, RankingKey sort, boolean descending,
                          String industry, String energyType, List<Row> rows, String message) {

    /**
     * One unit: its current run's total (tCO2e) and energy (tce), its product output where it reports exactly one
     * product item, the intensities and the change against the previous year's run.
     */
    public record Row(int rank, long unitId, String unitCode, String unitName, long enterpriseId, String enterpriseName,
                      String regionCode, String industryCode, String sector, BigDecimal total, BigDecimal energyTce,
                      BigDecimal output, String outputItem, String outputUnit, Ratio intensityEnergy,
                      Ratio intensityOutput, BigDecimal previousTotal, Ratio yoy) {
    }
}
