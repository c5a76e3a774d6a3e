package org.dualcarbon.factors.internal;

import java.util.List;
import java.util.Objects;
import org.dualcarbon.common.web.FieldProblem;
import org.dualcarbon.common.web.InvalidInputException;

/**
 * The problems of a refused edit, each placed where the table editor shows it: a factor cell by its row as the
 * editor numbers it (1-based, CSV lines translated), a Library field or a field of the form itself (the reason)
 * with row 0. A problem of no particular cell keeps row 0 and is only listed above the table. Public for the page
 * template, which reads it through FreeMarker's bean wrapper.
 */
public record EditorProblems(List<TableProblem> all) {

    static final String FORM = "form";

    static EditorProblems none() {
        return new EditorProblems(List.of());
    }

    /** The problems found in the written table, whose lines the {@link DecisionTableWriter} laid out. */
    static EditorProblems of(FactorTableException refused, int rowCount) {
        return new EditorProblems(refused.problems().stream().map(p -> {
            int row = FactorTableFormat.FACTORS_TABLE.equals(p.sheet()) ? DecisionTableWriter.rowOfLine(p.row()) : 0;
            return new TableProblem(p.sheet(), row <= rowCount ? row : 0, p.column(), p.reason());
        }).toList());
    }

    /** Field problems: of a factor cell when they have a row, else of a Library field or of the form. */
    static EditorProblems of(InvalidInputException refused) {
        return new EditorProblems(refused.problems().stream().map(EditorProblems::placed).toList());
    }

    private static TableProblem placed(FieldProblem p) {
        if (p.row() != null) {
            return new TableProblem(FactorTableFormat.FACTORS_TABLE, p.row(), p.field(), p.reason());
        }
        String sheet = FactorTableFormat.LIBRARY_FIELDS.contains(p.field()) ? FactorTableFormat.LIBRARY_TABLE : FORM;
        return new TableProblem(sheet, 0, p.field(), p.reason());
    }

    /** Why the cell {@code column} of factor row {@code row} was refused (empty when it was not). */
    public List<String> at(int row, String column) {
        return reasons(FactorTableFormat.FACTORS_TABLE, row, column);
    }

    public List<String> library(String field) {
        return reasons(FactorTableFormat.LIBRARY_TABLE, 0, field);
    }

    public List<String> form(String field) {
        return reasons(FORM, 0, field);
    }

    private List<String> reasons(String sheet, int row, String column) {
        return all.stream().filter(p -> p.sheet().equals(sheet) && p.row() == row && Objects.equals(p.column(), column))
                .map(TableProblem::reason).toList();
    }
}
