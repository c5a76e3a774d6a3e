package org.dualcarbon.insight.internal;

import java.math.BigDecimal;

/** A figure of a subject the rows are set against: kind (REGION, ENTERPRISE), key, metric, value (null: not known). */
public record InsightMetric(String kind, String key, String metric, BigDecimal value) {
}
