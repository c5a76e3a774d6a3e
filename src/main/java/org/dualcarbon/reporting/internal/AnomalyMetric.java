package org.dualcarbon.reporting.internal;

import java.math.BigDecimal;

/** A figure computed from a submission for the anomaly rules: which metric, of what subject, in which sector. */
public record AnomalyMetric(String metric, String sector, String subject, BigDecimal value) {

    // Drools reads properties by getter
    public String getMetric() {
        return metric;
    }

    public String getSector() {
        return sector;
    }

    public String getSubject() {
        return subject;
    }

    public BigDecimal getValue() {
        return value;
    }
}
