package org.dualcarbon.monitoring.rollup;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.dualcarbon.common.scope.ScopedRow;

/**
 * One CEMS hour: the hourly mean CO2 concentration and standard dry flow, the mass (null when the hour is not
 * valid — no substitution is made yet), and whether the flow was converted from flue conditions or taken as the
 * device reported it.
 */
public record Co2Hour(long deviceId, Long unitId, LocalDateTime hourStart, BigDecimal concentration, BigDecimal flowSn,
                      BigDecimal co2Kg, boolean valid, String flowBasis, String scopePath) implements ScopedRow {

    public static final String CONVERTED = "CONVERTED";
    public static final String AS_REPORTED = "AS_REPORTED";
}
