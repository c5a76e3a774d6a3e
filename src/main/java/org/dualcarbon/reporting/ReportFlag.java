package org.dualcarbon.reporting;

import org.dualcarbon.common.scope.ScopedRow;

/**
 * An anomaly a rule found in a submission: the rule's NAME, what it looked at, the value observed against the
 * threshold, a sentence for people, and the enterprise's explanation once given.
 */
public record ReportFlag(Long id, Long reportId, Long submissionId, String ruleName, String subject, String observed,
                         String thresholdValue, String message, String explanation, String explainedBy, String scopePath)
        implements ScopedRow {
}
