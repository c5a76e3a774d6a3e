package org.dualcarbon.insight.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** Receives a decision table's rows (row name → column → text) as Drools fires the table's rules once. */
public class TableRowSink {

    private final Map<String, Map<String, String>> rows = new LinkedHashMap<>();

    public void set(String row, String column, String text) {
        rows.computeIfAbsent(row, r -> new LinkedHashMap<>()).put(column, text);
    }

    Map<String, Map<String, String>> rows() {
        return rows;
    }
}
