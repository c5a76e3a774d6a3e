package org.dualcarbon.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dc.reporting.*}: when the yearly cycle is launched by itself (an ISO 8601 repeating interval), for which
 * division (empty: none) and how many days the units get until the deadline.
 */
@ConfigurationProperties("dc.reporting")
public record ReportingProperties(String schedule, String scheduledRegion, int deadlineDays) {
}
