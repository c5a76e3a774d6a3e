package org.dualcarbon.emissions;

import java.math.BigDecimal;

/**
 * Emissions of a scope for a year from the current (not superseded) accounting runs: tCO2e with location- and
 * market-based electricity, and how many units have a run.
 */
public record EmissionTotals(int year, BigDecimal total, BigDecimal totalMarket, BigDecimal direct, long unitsAccounted) {
}
