package org.dualcarbon.emissions;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.dualcarbon.common.scope.ScopedRow;

/**
 * One accounting run of a unit-year: the factor-library versions used, the totals (tCO2e, rounded to 4 decimals
 * once), the items that could not be accounted and why, and whether a newer run superseded it.
 */
public record AccountingRun(Long id, Long unitId, String unitCode, String unitName, Long enterpriseId, int year,
                            String sectorModule, String gwpSet, String libraries, BigDecimal total, BigDecimal totalMarket,
                            BigDecimal direct, BigDecimal indirect, String notAccounted, boolean superseded,
                            String createdBy, LocalDateTime createdAt, String scopePath) implements ScopedRow {
}
