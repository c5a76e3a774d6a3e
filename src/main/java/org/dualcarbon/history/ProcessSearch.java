package org.dualcarbon.history;

/**
 * What the auditor searches process instances by: the process (definition key), the reporting year and a text that
 * matches the unit (code or name), the enterprise or the business key. Every field may be empty.
 */
public record ProcessSearch(String process, Integer year, String unit) {

    public ProcessSearch {
        process = blankToNull(process);
        unit = blankToNull(unit);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
