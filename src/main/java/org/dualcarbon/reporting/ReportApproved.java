package org.dualcarbon.reporting;

/**
 * Published when an official's approval of a unit's report is recorded, inside the approval's transaction; listeners
 * that must not hold the approval up act after commit (the report documents are generated then).
 */
public record ReportApproved(long reportId, int year, String approvedBy) {
}
