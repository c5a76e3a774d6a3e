package org.dualcarbon.history;

import java.util.List;
import org.dualcarbon.factors.Factor;

/**
 * The row-level difference between two versions of one factor library, rows matched by their {@code NAME}: rows only
 * in the newer version, rows only in the older one, and rows in both whose fields differ.
 */
public record LibraryDiff(String code, String from, String to, List<Factor> added, List<Factor> removed,
                          List<ChangedRow> changed) {

    /** A row present in both versions, with each field that differs. */
    public record ChangedRow(String name, List<FieldChange> fields) {
    }

    /** One field of a row: its value in the older and in the newer version. */
    public record FieldChange(String field, String before, String after) {
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
