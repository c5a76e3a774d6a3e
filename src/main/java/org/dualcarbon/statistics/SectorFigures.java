package org.dualcarbon.statistics;

import java.math.BigDecimal;

/**
 * A sector's accounted emissions (tCO2e, the sum of its units' rounded run lines) and energy (tce, of the units whose
 * run has an energy figure) in a scope and year; {@code energyUnits} &lt; {@code units} means part of it lacks energy.
 */
public record SectorFigures(String sector, BigDecimal emissions, BigDecimal energyTce, int units, int energyUnits) {
}
