package org.dualcarbon.reporting;

import java.util.Map;

/**
 * How a year's reports stand in a scope: counts by status, overdue and flagged, and the same by city and by sector
 * (dimension → status → count).
 */
public record ReportProgress(int year, long total, Map<String, Long> byStatus, long overdue, long flagged,
                             Map<String, String> cityNames, Map<String, Map<String, Long>> byCity,
                             Map<String, Map<String, Long>> bySector) {
}
