package org.dualcarbon.monitoring.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dualcarbon.monitoring.ThresholdProblem;

/**
 * Looks at a threshold table as text before Drools compiles it: each data row (the rows under the last row whose
 * first cell is NAME, up to the first empty row) needs a NAME of its own — Drools would merge or refuse rows of one
 * name without saying which — and no cell may hold a double quote or a backslash, because the table's actions put
 * each cell inside a Java string literal of the generated rules.
 */
final class ThresholdTableText {

    private ThresholdTableText() {
    }

    static List<ThresholdProblem> problems(byte[] table) {
        List<CSVRecord> records = records(table);
        int header = -1;
        for (int i = 0; i < records.size(); i++) {
            if ("NAME".equals(records.get(i).get(0).strip())) {
                header = i;
            }
        }
        List<ThresholdProblem> problems = new ArrayList<>();
        if (header < 0) {
            problems.add(ThresholdProblem.ofTable("没有 NAME 表头行 / no NAME header row"));
            return problems;
        }
        Map<String, Integer> firstRowOf = new HashMap<>();
        int row = 0;
        for (CSVRecord record : records.subList(header + 1, records.size())) {
            if (blank(record)) {
                break;
            }
            row++;
            String name = record.get(0).strip();
            if (name.isEmpty()) {
                problems.add(new ThresholdProblem(row, "", "NAME", "每行须有名称 / every row needs a NAME"));
            } else if (firstRowOf.putIfAbsent(name, row) != null) {
                problems.add(new ThresholdProblem(row, name, "NAME",
                        "名称与第 " + firstRowOf.get(name) + " 行重复 / the NAME of row " + firstRowOf.get(name) + " again"));
            }
            for (String cell : record) {
                if (cell.indexOf('"') >= 0 || cell.indexOf('\\') >= 0) {
                    problems.add(new ThresholdProblem(row, name, "cell",
                            "不得含双引号或反斜杠 / a cell may not hold \" or \\: " + cell));
                    break;
                }
            }
        }
        return problems;
    }

    private static List<CSVRecord> records(byte[] table) {
        try {
            return CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get()
                    .parse(new StringReader(new String(table, StandardCharsets.UTF_8))).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            return List.of(); // not CSV at all: reported as "no NAME header row"
        }
    }

    private static boolean blank(CSVRecord record) {
        for (String cell : record) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
