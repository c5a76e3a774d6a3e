package org.dualcarbon.emissions;

import java.math.BigDecimal;

/**
 * An enterprise's emissions of a year from its units' current runs: tCO2e (sum of the run totals), energy in tce
 * (null when no run has it), how many units, with the enterprise's division, platform sector and GB/T 4754 class.
 */
public record EmitterTotal(long enterpriseId, String enterpriseName, String uscc, String regionCode, String sector,
                           String industryCode, long units, BigDecimal total, BigDecimal energyTce) {
}
