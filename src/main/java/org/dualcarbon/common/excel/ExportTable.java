package org.dualcarbon.common.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A list as it is exported (导出): a sheet name, the column headers as the page shows them, and the rows. A value is
 * written by its type — text, number, date, date-time, yes/no — never as a formula (see {@link TableExport}).
 */
public record ExportTable(String name, List<String> headers, List<List<Object>> rows) {

    public ExportTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** Starts a table; add rows with {@link #row(Object...)}. */
    public static Builder named(String name, String... headers) {
        return new Builder(name, List.of(headers));
    }

    /** Collects the rows of one table in order. */
    public static final class Builder {
        private final String name;
        private final List<String> headers;
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(String name, List<String> headers) {
            this.name = name;
            this.headers = headers;
        }

        public Builder row(Object... values) {
            if (values.length != headers.size()) {
                throw new IllegalArgumentException("a row of " + name + " has " + values.length + " values for "
                        + headers.size() + " columns");
            }
            // Arrays.asList keeps nulls (blank cells), which List.of refuses
            rows.add(Arrays.asList(values));
            return this;
        }

        public ExportTable build() {
            return new ExportTable(name, headers, rows);
        }
    }
}
