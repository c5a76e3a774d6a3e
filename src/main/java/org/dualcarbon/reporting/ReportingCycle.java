package org.dualcarbon.reporting;

import java.time.LocalDateTime;
/** A reporting cycle: a year and a division, its deadline and reminder, how many units it opened reports for. */
public record ReportingCycle(Long id, int year, String regionCode, String regionName, LocalDateTime deadline,
                             LocalDateTime reminderAt, int unitCount, String launchedBy, LocalDateTime launchedAt,
                             String regionPath) {
}
