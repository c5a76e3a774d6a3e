package org.dualcarbon.reporting;

import java.time.LocalDateTime;
import org.dualcarbon.common.scope.ScopedRow;

/** One step of a report's history: submitted, returned, verified, approved, cancelled, reminded, escalated. */
public record ReportEvent(Long id, Long reportId, String event, String actor, String remark, LocalDateTime eventAt,
                          String scopePath) implements ScopedRow {
}
