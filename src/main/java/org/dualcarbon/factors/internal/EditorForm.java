package org.dualcarbon.factors.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dualcarbon.factors.FactorTable;
import org.springframework.util.MultiValueMap;

/**
 * The fields of the table editor page (factors/edit.ftlh) and the factor table they stand for. Library fields are
 * named {@code library.<field>}; each factor cell is a repeated field {@code factor.<column>} with one value per
 * row in page order, so adding or deleting a row in the page needs no renumbering. A row's {@code line} is its
 * 1-based position in the editor.
 */
final class EditorForm {

    static final String LIBRARY = "library.";
    static final String FACTOR = "factor.";
    static final String NAME = "NAME";

    private EditorForm() {
    }

    /** The table as typed, for the library {@code code} (taken from the address, never from the form). */
    static FactorTable table(String code, MultiValueMap<String, String> form) {
        Map<String, String> library = new LinkedHashMap<>();
        for (String field : FactorTableFormat.LIBRARY_FIELDS) {
            library.put(field, cell(form.get(LIBRARY + field), 0));
        }
        library.put("code", code);
        List<String> names = form.getOrDefault(FACTOR + NAME, List.of());
        int count = names.size();
        for (String field : FactorTableFormat.FACTOR_FIELDS) {
            count = Math.max(count, form.getOrDefault(FACTOR + field, List.of()).size());
        }
        List<FactorTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String field : FactorTableFormat.FACTOR_FIELDS) {
                fields.put(field, cell(form.get(FACTOR + field), i));
            }
            rows.add(new FactorTable.Row(i + 1, cell(names, i), fields));
        }
        return new FactorTable(library, rows);
    }

    /** A stored version as the editor opens it: every field kept except the version, which must be a new one. */
    static FactorTable asNewVersion(FactorTable stored) {
        Map<String, String> library = new LinkedHashMap<>(stored.library());
        library.put("version", "");
        List<FactorTable.Row> rows = new ArrayList<>();
        for (FactorTable.Row row : stored.rows()) {
            rows.add(new FactorTable.Row(rows.size() + 1, row.name(), row.fields()));
        }
        return new FactorTable(library, rows);
    }

    private static String cell(List<String> values, int index) {
        return values == null || index >= values.size() || values.get(index) == null ? "" : values.get(index).strip();
    }
}
