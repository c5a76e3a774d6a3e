package org.dualcarbon.reporting.internal;

import java.math.BigDecimal;

/**
 * A row of rules/reporting/anomaly-thresholds.drl.csv: a metric, the sector (ALL or one) and subject (ANY or an
 * item code) it applies to, the limit above which a flag is raised, the message with {subject}, {value} and
 * {limit} placeholders, and where the limit comes from.
 */
public record AnomalyThreshold(String name, String metric, String sector, String subject, BigDecimal limit,
                               String message, String source) {

    public String getMetric() {
        return metric;
    }

    public BigDecimal getLimit() {
        return limit;
    }

    public boolean appliesTo(String metricSector, String metricSubject) {
        return ("ALL".equals(sector) || sector.equals(metricSector)) && ("ANY".equals(subject) || subject.equals(metricSubject));
    }
}
