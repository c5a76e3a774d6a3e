package org.dualcarbon.statistics.internal;

import java.math.BigDecimal;

/** What one unit-year adds to the statistics, read from the sources or from the unit rows stored last time. */
public final class UnitFigures {

    private UnitFigures() {
    }

    /** The unit-year's current run, placed at its enterprise's node, with whether its report is approved. */
    public record Run(long unitId, int year, long runId, long enterpriseId, String nodePath, String sector, BigDecimal total,
               BigDecimal totalMarket, BigDecimal direct, BigDecimal energyTce, boolean approved) {
    }

    /** A line of the run (an energy type or a process), rounded to 4 decimals as the inventory adds it. */
    public record Line(String lineId, BigDecimal emission) {
    }

    /** The unit's energy of a month and energy group, tce unrounded. */
    public record Energy(long unitId, int year, int month, String energyGroup, long enterpriseId, String nodePath, String sector,
                  BigDecimal tce) {
    }

    /** The unit's output of one product item in the year. */
    public record Output(String itemCode, BigDecimal quantity) {
    }
}
