package org.dualcarbon.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.dualcarbon.factors.Factor;
import org.dualcarbon.factors.FactorLibraries;
import org.dualcarbon.factors.FactorLibraryRecord;
import org.springframework.stereotype.Service;

/**
 * 规则库版本历史 — the factor library versions with who uploaded and activated each, and the row-level difference
 * between two versions of a library. Read-only.
 */
@Service
public class RuleHistory {

    /** The fields compared, in the order a table shows them. */
    private static final Map<String, Function<Factor, Object>> FIELDS = fields();

    private final FactorLibraries libraries;

    public RuleHistory(FactorLibraries libraries) {
        this.libraries = libraries;
    }

    public List<FactorLibraryRecord> versions() {
        return libraries.history();
    }

    /** Rows of {@code to} compared with rows of {@code from}, both of library {@code code} (404 for an unknown version). */
    public LibraryDiff diff(String code, String from, String to) {
        Map<String, Factor> before = byName(libraries.rows(code, from));
        Map<String, Factor> after = byName(libraries.rows(code, to));
        List<Factor> added = after.values().stream().filter(f -> !before.containsKey(f.name())).toList();
        List<Factor> removed = before.values().stream().filter(f -> !after.containsKey(f.name())).toList();
        List<LibraryDiff.ChangedRow> changed = new ArrayList<>();
        for (Factor now : after.values()) {
            Factor was = before.get(now.name());
            if (was != null) {
                List<LibraryDiff.FieldChange> fields = compare(was, now);
                if (!fields.isEmpty()) {
                    changed.add(new LibraryDiff.ChangedRow(now.name(), fields));
                }
            }
        }
        return new LibraryDiff(code, from, to, added, removed, changed);
    }

    private static List<LibraryDiff.FieldChange> compare(Factor was, Factor now) {
        List<LibraryDiff.FieldChange> changes = new ArrayList<>();
        FIELDS.forEach((field, read) -> {
            String a = text(read.apply(was));
            String b = text(read.apply(now));
            if (!Objects.equals(a, b)) {
                changes.add(new LibraryDiff.FieldChange(field, a, b));
            }
        });
        return changes;
    }

    private static String text(Object value) {
        if (value instanceof java.math.BigDecimal d) {
            return d.stripTrailingZeros().toPlainString(); // 28 and 28.0 are the same factor value
        }
        return value == null ? null : String.valueOf(value);
    }

    private static Map<String, Factor> byName(List<Factor> rows) {
        Map<String, Factor> map = new LinkedHashMap<>();
        rows.forEach(f -> map.put(f.name(), f));
        return map;
    }

    private static Map<String, Function<Factor, Object>> fields() {
        Map<String, Function<Factor, Object>> f = new LinkedHashMap<>();
        f.put("parameter", Factor::parameter);
        f.put("subject", Factor::subject);
        f.put("region", Factor::region);
        f.put("valid_from", Factor::validFrom);
        f.put("valid_to", Factor::validTo);
        f.put("value", Factor::value);
        f.put("unit", Factor::unit);
        f.put("source", Factor::source);
        f.put("reference", Factor::reference);
        f.put("status", Factor::status);
        return java.util.Collections.unmodifiableMap(f);
    }
}
