package org.dualcarbon.factors.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dualcarbon.common.web.FieldProblem;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.factors.FactorTable;

/**
 * Writes a factor table as the CSV decision table the platform stores, line for line in the layout of the shipped
 * files: the fixed rows of {@link FactorTableFormat}, the LIBRARY row, a blank line, the Factors header, one line
 * per factor row. A cell is quoted only when it holds a comma, a double quote or a line break.
 *
 * <p>Cells the format forbids (double quotes, backslashes) and rows that would end the Factors table early in
 * {@link FactorTableReader} (an empty row, a NAME starting with {@code RuleTable}) are refused as field problems:
 * {@code row} is the 1-based position of the factor row in the table, null for a Library field.
 */
final class DecisionTableWriter {

    private static final String FORBIDDEN_REASON = "不能含双引号或反斜杠 / no double quotes or backslashes";
    private static final String EMPTY_ROW_REASON = "空行：请填写或删除此行 / empty row: fill it in or delete it";
    private static final String TABLE_MARKER_REASON = "名称不能以RuleTable开头 / NAME may not start with RuleTable";

    private DecisionTableWriter() {
    }

    /** The CSV text (UTF-8) of the table, or an {@link InvalidInputException} listing every refused cell. */
    static byte[] write(FactorTable table) {
        List<FieldProblem> problems = new ArrayList<>();
        List<List<String>> lines = new ArrayList<>(FactorTableFormat.preamble());
        lines.add(libraryLine(table, problems));
        lines.add(List.of());
        lines.addAll(FactorTableFormat.factorsHeader());
        for (int i = 0; i < table.rows().size(); i++) {
            lines.add(factorLine(table.rows().get(i), i + 1, problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        StringBuilder csv = new StringBuilder();
        for (List<String> line : lines) {
            csv.append(String.join(",", line.stream().map(DecisionTableWriter::quoted).toList())).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The factor row (1-based) that {@link #write} puts on a 1-based CSV line, or 0 for a line of no factor row. */
    static int rowOfLine(int line) {
        int linesBefore = FactorTableFormat.preamble().size() + 2 // the LIBRARY row and the blank line
                + FactorTableFormat.factorsHeader().size();
        return line > linesBefore ? line - linesBefore : 0;
    }

    private static List<String> libraryLine(FactorTable table, List<FieldProblem> problems) {
        List<String> cells = new ArrayList<>(List.of(FactorTableFormat.LIBRARY_ROW_NAME));
        for (String field : FactorTableFormat.LIBRARY_FIELDS) {
            cells.add(checked(table.library().getOrDefault(field, ""), field, null, problems));
        }
        return cells;
    }

    private static List<String> factorLine(FactorTable.Row row, int number, List<FieldProblem> problems) {
        List<String> cells = new ArrayList<>(List.of(checked(row.name(), "NAME", number, problems)));
        for (String field : FactorTableFormat.FACTOR_FIELDS) {
            cells.add(checked(row.fields().getOrDefault(field, ""), field, number, problems));
        }
        if (cells.stream().allMatch(String::isBlank)) {
            problems.add(new FieldProblem("NAME", EMPTY_ROW_REASON, number));
        } else if (cells.get(0).strip().startsWith("RuleTable")) {
            problems.add(new FieldProblem("NAME", TABLE_MARKER_REASON, number));
        }
        return cells;
    }

    private static String checked(String value, String field, Integer row, List<FieldProblem> problems) {
        String cell = value == null ? "" : value;
        if (cell.indexOf('"') >= 0 || cell.indexOf('\\') >= 0) {
            problems.add(new FieldProblem(field, FORBIDDEN_REASON, row));
        }
        return cell;
    }

    private static String quoted(String cell) {
        boolean plain = cell.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return plain ? cell : '"' + cell.replace("\"", "\"\"") + '"';
    }
}
