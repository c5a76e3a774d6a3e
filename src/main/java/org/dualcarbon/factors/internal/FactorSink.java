package org.dualcarbon.factors.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The global a factor decision table writes into: each rule (one table row) sets its fields by name, and the
 * Library rule sets the library's own fields. Read back after the rules have fired once.
 */
public final class FactorSink {

    private final Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    private final Map<String, String> library = new LinkedHashMap<>();

    /** Called from the Factors table: {@code sink.set(drools.getRule().getName(), "value", "$param");}. */
    public void set(String rowName, String field, String value) {
        rows.computeIfAbsent(rowName, name -> new LinkedHashMap<>()).put(field, value);
    }

    /** Called from the Library table: {@code sink.library("code", "$param");}. */
    public void library(String field, String value) {
        library.put(field, value);
    }

    public Map<String, Map<String, String>> rows() {
        return rows;
    }

    public Map<String, String> library() {
        return library;
    }
}
