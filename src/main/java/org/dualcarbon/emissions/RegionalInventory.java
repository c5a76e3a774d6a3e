package org.dualcarbon.emissions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The energy and industrial-process part of a regional inventory (省级温室气体清单) for a year, rolled up from the
 * units' current accounting runs: tCO2e by the divisions directly below the chosen region, by platform sector and by
 * energy type or process (the accounting line). Every breakdown adds up to {@code total}, which equals the sum of the
 * units' run totals to the digit.
 */
public record RegionalInventory(int year, String regionCode, String regionName, BigDecimal total,
                                Map<String, BigDecimal> byDivision, Map<String, String> divisionNames,
                                Map<String, BigDecimal> bySector, Map<String, BigDecimal> byEnergyType,
                                List<String> energyTypes, Map<String, Map<String, BigDecimal>> divisionByEnergyType) {
}
