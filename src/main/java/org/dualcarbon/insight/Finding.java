package org.dualcarbon.insight;

import java.math.BigDecimal;

/**
 * A rule row that fired for a subject: the metric and its value, the points (evaluation) or the measure (diagnosis),
 * whether it puts the subject on the 重点关注 list, the reason or finding, and the row's source.
 */
public record Finding(String rule, String metric, BigDecimal value, int points, boolean watch, String reason,
                      String measure, String source) {
}
