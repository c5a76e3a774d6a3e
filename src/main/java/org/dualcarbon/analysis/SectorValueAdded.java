package org.dualcarbon.analysis;

import java.math.BigDecimal;
import org.dualcarbon.common.scope.ScopedRow;

/**
 * A sector's value added (增加值) in a division for a year, at constant prices (可比价, 亿元) of {@code priceBaseYear},
 * with its source and status (OFFICIAL, ESTIMATE, DEMO) — the activity of the LMDI decomposition.
 */
public record SectorValueAdded(String regionCode, int year, String sector, BigDecimal valueAdded, int priceBaseYear,
                               String source, String status, String recordedBy, String scopePath) implements ScopedRow {
}
