package org.dualcarbon.activity;

import java.math.BigDecimal;

/**
 * One stored activity figure with its item's name and unit, and its energy in tce where the item is an
 * energy carrier (null otherwise).
 */
public record UnitMonthRecord(long unitId, String unitCode, String unitName, int year, int month, String itemCode,
                              String itemName, String itemUnit, BigDecimal quantity, BigDecimal tce,
                              String tceStatus, String source) {
}
