package org.dualcarbon.analysis;

import java.math.BigDecimal;
import org.dualcarbon.common.scope.ScopedRow;

/**
 * A division's GDP for a year at constant prices (可比价, 亿元) of {@code priceBaseYear}, with where it comes from and
 * its status: OFFICIAL (统计公报/年鉴), ESTIMATE, or DEMO (invented for the demo, shown as such).
 */
public record GdpFigure(String regionCode, int year, BigDecimal gdpConstant, int priceBaseYear, String source, String status,
                        String recordedBy, String scopePath) implements ScopedRow {

    /** The statuses a figure may have. */
    public static final java.util.List<String> STATUSES = java.util.List.of("OFFICIAL", "ESTIMATE", "DEMO");
}
