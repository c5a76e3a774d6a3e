package org.dualcarbon.reporting.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects the threshold table's rows as Drools fires its rules once (the same pattern as the factor tables). */
public class ThresholdSink {

    private final Map<String, Map<String, String>> rows = new LinkedHashMap<>();

    public void set(String name, String field, String value) {
        rows.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(field, value);
    }

    Map<String, Map<String, String>> rows() {
        return rows;
    }
}
