package org.dualcarbon.insight.internal;

import java.util.ArrayList;
import java.util.List;

/** Collects the rows that fired, with the metric that fired them. */
public class FiredRows {

    /** A row fired by a subject's metric. */
    public record Fired(InsightMetric metric, InsightRow row) {
    }

    private final List<Fired> fired = new ArrayList<>();

    public void add(InsightMetric metric, InsightRow row) {
        fired.add(new Fired(metric, row));
    }

    List<Fired> all() {
        return fired;
    }
}
