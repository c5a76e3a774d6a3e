package org.dualcarbon.monitoring;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One stored value: device, data time (Beijing time, as HJ 212 sends it), pollutant code, period, value kind, flag. */
public record Reading(Long deviceId, LocalDateTime dataTime, String code, String period, String kind, BigDecimal value, String flag,
                      boolean knownCode, String deviations) {
}
