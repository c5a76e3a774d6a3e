package org.dualcarbon.factors.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The fixed layout of a factor decision table. The header rows that Drools reads as code (column types, object
 * types, action snippets) are the platform's, not the author's: a table whose header rows differ in any cell is
 * refused, so an uploaded table can only ever carry data.
 */
public final class FactorTableFormat {

    public static final String RULE_SET = "org.dualcarbon.factors.library";
    public static final String LIBRARY_TABLE = "Library";
    public static final String FACTORS_TABLE = "Factors";
    public static final String LIBRARY_ROW_NAME = "LIBRARY";

    /** Library fields in column order. */
    public static final List<String> LIBRARY_FIELDS = List.of("code", "version", "title", "document", "published", "status");
    /** Factor fields in column order (after NAME). */
    public static final List<String> FACTOR_FIELDS = List.of("parameter", "subject", "region", "valid_from", "valid_to",
            "value", "unit", "source", "reference", "status");
    /** A library's status: official, or draft while some rows' official text has not been seen. */
    public static final List<String> LIBRARY_STATUSES = List.of("official", "draft");
    /** A factor row's status, as domain.md marks rows. */
    public static final List<String> ROW_STATUSES = List.of("verified", "secondary", "unverified");

    private FactorTableFormat() {
    }

    /** Rows before the Library table's data: RuleSet, Variables, table name, column types, object types, snippets, labels. */
    public static List<List<String>> preamble() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("RuleSet", RULE_SET));
        rows.add(List.of("Variables", "org.dualcarbon.factors.internal.FactorSink sink"));
        rows.add(List.of());
        rows.addAll(tableHeader(LIBRARY_TABLE, LIBRARY_FIELDS, "sink.library(\"%s\", \"$param\");"));
        return rows;
    }

    /** Rows before the Factors table's data. */
    public static List<List<String>> factorsHeader() {
        return tableHeader(FACTORS_TABLE, FACTOR_FIELDS, "sink.set(drools.getRule().getName(), \"%s\", \"$param\");");
    }

    private static List<List<String>> tableHeader(String table, List<String> fields, String snippet) {
        List<String> types = new ArrayList<>(List.of("NAME"));
        List<String> objects = new ArrayList<>(List.of(""));
        List<String> snippets = new ArrayList<>(List.of(""));
        List<String> labels = new ArrayList<>(List.of("NAME"));
        for (String field : fields) {
            types.add("ACTION");
            objects.add("");
            snippets.add(String.format(snippet, field));
            labels.add(field);
        }
        return List.of(List.of("RuleTable " + table), types, objects, snippets, labels);
    }
}
