package org.dualcarbon.monitoring.rollup;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.dualcarbon.common.scope.ScopedRow;

/**
 * A device's figures of one code over an hour, a day or a month: parts with data and valid parts (minutes of an
 * hour, hours of a day, days of a month), min/max/mean over the valid parts, and whether it is valid by
 * {@link Period#validPartsRequired()}.
 */
public record Rollup(long deviceId, Long unitId, String period, LocalDateTime periodStart, String code, int partCount,
                     int validParts, BigDecimal min, BigDecimal max, BigDecimal mean, boolean valid, String scopePath)
        implements ScopedRow {
}
