package org.dualcarbon.emissions;

import org.dualcarbon.accounting.ReportingStandard;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.dualcarbon.common.scope.ScopedRow;

/**
 * One accounting run of a unit-year: the factor-library versions used, the totals (tCO2e, rounded to 4 decimals
 * once), the energy consumption in tce from the same activity data (GB/T 2589; null for runs accounted before
 * the standard-coal library), the accounting standard followed (it fixes the GWP set), the items that could not
 * be accounted and why, and whether a newer run superseded it.
 */
public record AccountingRun(Long id, Long unitId, String unitCode, String unitName, Long enterpriseId, int year,
                            String sectorModule, String gwpSet, String reportingStandard, String libraries, BigDecimal total,
                            BigDecimal totalMarket, BigDecimal direct, BigDecimal indirect, BigDecimal energyTce,
                            String notAccounted, boolean superseded, String createdBy, LocalDateTime createdAt, String scopePath) implements ScopedRow {

    /** The standard's title and status, or null for runs stored before runs named their standard. */
    public ReportingStandard standard() {
        return reportingStandard == null ? null : ReportingStandard.valueOf(reportingStandard);
    }
}
