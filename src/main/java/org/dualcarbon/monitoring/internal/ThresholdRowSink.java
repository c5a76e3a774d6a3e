package org.dualcarbon.monitoring.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects the threshold table's rows, in table order, as Drools fires each row's rule once. */
public final class ThresholdRowSink {

    private final Map<String, Map<String, String>> rows = new LinkedHashMap<>();

    public void set(String name, String field, String value) {
        rows.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(field, value);
    }

    Map<String, Map<String, String>> rows() {
        return rows;
    }
}
