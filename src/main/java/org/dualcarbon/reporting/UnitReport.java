package org.dualcarbon.reporting;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.dualcarbon.common.scope.ScopedRow;

/** A unit's report in a cycle: its status, current accounting run and total, flags and whether it is overdue. */
public record UnitReport(Long id, Long cycleId, Long unitId, String unitCode, String unitName, Long enterpriseId,
                         String enterpriseName, String uscc, String sector, String regionCode, int year, ReportStatus status,
                         String processInstance, int submissionCount, Long runId, BigDecimal total, int flagCount,
                         boolean overdue, LocalDateTime deadline, LocalDateTime updatedAt, String scopePath)
        implements ScopedRow {

    /** Whether the enterprise may submit now (its submission task is open). */
    public boolean submittable() {
        return status == ReportStatus.OPEN || status == ReportStatus.RETURNED;
    }
}
