package org.dualcarbon.monitoring;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.dualcarbon.common.scope.ScopedRow;

/**
 * One minute of one code of one device (分钟汇总): how many samples arrived, how many were valid by their HJ 212 data
 * flag, and the minimum, maximum and mean of the valid ones (null when none was valid), with the distinct flags seen.
 * The stream rules are fed these, never raw readings (stack.md §13: heap per retained event).
 */
public record MinuteAggregate(long deviceId, Long unitId, LocalDateTime minuteStart, String code, int sampleCount,
                              int validCount, BigDecimal min, BigDecimal max, BigDecimal mean, String flags,
                              String scopePath) implements ScopedRow {

    /** At least one valid sample. */
    public boolean valid() {
        return validCount > 0;
    }
}
