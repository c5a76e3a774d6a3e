package org.dualcarbon.factors;

import java.util.List;
import java.util.Map;

/**
 * A factor table as read from its file, before compilation: the library's fields and each factor row's fields
 * by name, with the row's line number in the file for error messages.
 */
public record FactorTable(Map<String, String> library, List<Row> rows) {

    /** One data row of the Factors table. */
    public record Row(int line, String name, Map<String, String> fields) {
    }

    public String code() {
        return library.get("code");
    }

    public String version() {
        return library.get("version");
    }
}
