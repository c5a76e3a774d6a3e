package org.dualcarbon.emissions;

import java.math.BigDecimal;
import org.dualcarbon.common.scope.ScopedRow;

/** A stored inventory line of agriculture, LULUCF or waste, with its CO2e and the GWP row used. */
public record InventoryEntry(Long id, String regionCode, int year, String sector, String category, String gas,
                             BigDecimal amount, BigDecimal co2e, String gwpFactor, String enteredBy, String scopePath)
        implements ScopedRow {
}
