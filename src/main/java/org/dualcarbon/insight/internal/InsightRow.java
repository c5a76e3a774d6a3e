package org.dualcarbon.insight.internal;

import java.math.BigDecimal;

/**
 * A row of the evaluation or the diagnosis table: for subjects of a kind (REGION, ENTERPRISE) a metric in [min, max)
 * fires the row — with points and the watch flag (evaluation), or a finding and a measure (diagnosis) — and its source.
 */
public record InsightRow(String name, String subject, String metric, BigDecimal min, BigDecimal max, int points,
                         boolean watch, String text, String measure, String source) {

    public boolean contains(BigDecimal value) {
        return value != null && value.compareTo(min) >= 0 && value.compareTo(max) < 0;
    }
}
