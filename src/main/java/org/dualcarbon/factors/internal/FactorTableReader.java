package org.dualcarbon.factors.internal;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dualcarbon.factors.FactorParameter;
import org.dualcarbon.factors.FactorTable;

/**
 * Reads a factor decision table (CSV) and checks it cell by cell before Drools ever sees it: the fixed header rows,
 * unique row names, known parameters and units, decimal values in plausible ranges, years in order, a citation
 * and a status on every row, and no character that could leave a DRL string. Every problem names its row and
 * column; a table with any problem is refused whole.
 */
public final class FactorTableReader {

    private static final Pattern NAME = Pattern.compile("^[A-Z0-9][A-Z0-9_.@-]{0,63}$");
    private static final Pattern SUBJECT = Pattern.compile("^[A-Z0-9][A-Z0-9_.@-]{0,47}$");
    private static final Pattern REGION = Pattern.compile("^(CN|[1-9][0-9]0000)$");
    private static final Pattern YEAR = Pattern.compile("^(19[5-9][0-9]|2[0-9]{3}|9999)$");
    private static final Pattern DECIMAL = Pattern.compile("^[0-9]+(\\.[0-9]+)?$");
    private static final Pattern FORBIDDEN = Pattern.compile("[\"\\\\\\r\\n$]");

    private FactorTableReader() {
    }

    /** The table, or a {@link FactorTableException} listing every problem. */
    public static FactorTable read(byte[] content) {
        List<TableProblem> problems = new ArrayList<>();
        List<CSVRecord> records;
        try {
            records = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get()
                    .parse(new StringReader(new String(content, StandardCharsets.UTF_8))).getRecords();
        } catch (IOException | RuntimeException e) {
            throw new FactorTableException(List.of(new TableProblem("file", 0, null,
                    "不是有效的CSV / not valid CSV: " + e.getMessage())));
        }
        Cursor cursor = new Cursor(records, problems);
        if (!cursor.expect(FactorTableFormat.preamble(), FactorTableFormat.LIBRARY_TABLE)) {
            throw new FactorTableException(problems);
        }
        Map<String, String> library = readLibrary(cursor, problems);
        cursor.skipBlank();
        if (!cursor.expect(FactorTableFormat.factorsHeader(), FactorTableFormat.FACTORS_TABLE)) {
            throw new FactorTableException(problems);
        }
        List<FactorTable.Row> rows = readFactors(cursor, problems);
        if (!problems.isEmpty()) {
            throw new FactorTableException(problems);
        }
        return new FactorTable(library, rows);
    }

    private static Map<String, String> readLibrary(Cursor cursor, List<TableProblem> problems) {
        Map<String, String> library = new LinkedHashMap<>();
        CSVRecord record = cursor.next();
        int line = cursor.line();
        if (record == null || !FactorTableFormat.LIBRARY_ROW_NAME.equals(cell(record, 0))) {
            problems.add(new TableProblem(FactorTableFormat.LIBRARY_TABLE, line, "NAME",
                    "缺少LIBRARY行 / the Library table needs one row named LIBRARY"));
            return library;
        }
        for (int i = 0; i < FactorTableFormat.LIBRARY_FIELDS.size(); i++) {
            String field = FactorTableFormat.LIBRARY_FIELDS.get(i);
            String value = cell(record, i + 1);
            checkText(FactorTableFormat.LIBRARY_TABLE, line, field, value, problems);
            library.put(field, value);
        }
        if (!FactorTableFormat.LIBRARY_STATUSES.contains(library.get("status"))) {
            problems.add(new TableProblem(FactorTableFormat.LIBRARY_TABLE, line, "status",
                    "状态须为official或draft / status must be official or draft"));
        }
        if (!NAME.matcher(library.getOrDefault("code", "")).matches()) {
            problems.add(new TableProblem(FactorTableFormat.LIBRARY_TABLE, line, "code",
                    "代码只能含大写字母、数字和 . _ - @ / capitals, digits and . _ - @ only"));
        }
        return library;
    }

    private static List<FactorTable.Row> readFactors(Cursor cursor, List<TableProblem> problems) {
        List<FactorTable.Row> rows = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (CSVRecord record = cursor.next(); record != null; record = cursor.next()) {
            if (blank(record)) {
                continue;
            }
            int line = cursor.line();
            String name = cell(record, 0);
            if (!NAME.matcher(name).matches()) {
                problems.add(new TableProblem(FactorTableFormat.FACTORS_TABLE, line, "NAME",
                        "名称只能含大写字母、数字和 . _ - @ / capitals, digits and . _ - @ only: " + name));
            } else if (!names.add(name) || FactorTableFormat.LIBRARY_ROW_NAME.equals(name)) {
                problems.add(new TableProblem(FactorTableFormat.FACTORS_TABLE, line, "NAME", "名称重复 / duplicate NAME " + name));
            }
            if (record.size() > FactorTableFormat.FACTOR_FIELDS.size() + 1) {
                problems.add(new TableProblem(FactorTableFormat.FACTORS_TABLE, line, null,
                        "多出的列 / extra columns beyond " + FactorTableFormat.FACTOR_FIELDS.size() + " fields"));
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i < FactorTableFormat.FACTOR_FIELDS.size(); i++) {
                String field = FactorTableFormat.FACTOR_FIELDS.get(i);
                String value = cell(record, i + 1);
                checkText(FactorTableFormat.FACTORS_TABLE, line, field, value, problems);
                fields.put(field, value);
            }
            FactorRowRules.check(line, fields, problems);
            rows.add(new FactorTable.Row(line, name, fields));
        }
        if (rows.isEmpty()) {
            problems.add(new TableProblem(FactorTableFormat.FACTORS_TABLE, cursor.line(), null, "没有因子行 / no factor rows"));
        }
        return rows;
    }

    private static void checkText(String sheet, int line, String field, String value, List<TableProblem> problems) {
        if (value.isBlank()) {
            problems.add(new TableProblem(sheet, line, field, "不能为空 / required"));
        } else if (value.startsWith("=")) {
            problems.add(new TableProblem(sheet, line, field, "不接受公式 / formulas are not accepted"));
        } else if (FORBIDDEN.matcher(value).find()) {
            problems.add(new TableProblem(sheet, line, field,
                    "不能含双引号、反斜杠、$或换行 / no double quotes, backslashes, $ or line breaks"));
        }
    }

    static String cell(CSVRecord record, int index) {
        return index < record.size() ? record.get(index).strip() : "";
    }

    static boolean blank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    static BigDecimal decimal(String value) {
        return DECIMAL.matcher(value).matches() ? new BigDecimal(value) : null;
    }

    static boolean year(String value) {
        return YEAR.matcher(value).matches();
    }

    static boolean region(String value) {
        return REGION.matcher(value).matches();
    }

    static boolean subject(String value) {
        return SUBJECT.matcher(value).matches();
    }

    static boolean status(String value) {
        return FactorTableFormat.ROW_STATUSES.contains(value);
    }

    static FactorParameter parameter(String value) {
        try {
            return FactorParameter.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Walks the records in order; lines are 1-based as a spreadsheet shows them. */
    private static final class Cursor {
        private final List<CSVRecord> records;
        private final List<TableProblem> problems;
        private int index;

        Cursor(List<CSVRecord> records, List<TableProblem> problems) {
            this.records = records;
            this.problems = problems;
        }

        /** The next record of the current table, or null at the end of the table or file. */
        CSVRecord next() {
            if (index >= records.size()) {
                return null;
            }
            CSVRecord record = records.get(index);
            if (blank(record) || cell(record, 0).startsWith("RuleTable")) {
                return null;
            }
            index++;
            return record;
        }

        int line() {
            return index;
        }

        void skipBlank() {
            while (index < records.size() && blank(records.get(index))) {
                index++;
            }
        }

        boolean expect(List<List<String>> fixedRows, String sheet) {
            for (List<String> fixed : fixedRows) {
                CSVRecord record = index < records.size() ? records.get(index) : null;
                index++;
                boolean same = record != null;
                for (int i = 0; same && i < Math.max(fixed.size(), record.size()); i++) {
                    String expected = i < fixed.size() ? fixed.get(i) : "";
                    same = expected.equals(cell(record, i));
                }
                if (!same) {
                    problems.add(new TableProblem(sheet, index, null,
                            "表头行与平台格式不一致 / header row differs from the platform's layout; expected: "
                                    + String.join(" | ", fixed)));
                    return false;
                }
            }
            return true;
        }
    }
}
