package org.dualcarbon.common.excel;

import java.util.List;

/**
 * An uploaded workbook refused as a whole, with every problem found (not only the first), so that the filler can
 * fix them all in one go. Nothing has been stored when it is thrown.
 */
public class WorkbookRejectedException extends RuntimeException {

    private final transient List<CellProblem> problems;

    public WorkbookRejectedException(List<CellProblem> problems) {
        this(problems, null);
    }

    public WorkbookRejectedException(List<CellProblem> problems, Throwable cause) {
        super(problems.stream().map(p -> p.where() + ": " + p.reason()).reduce((a, b) -> a + "; " + b)
                .orElse("workbook refused"), cause);
        this.problems = List.copyOf(problems);
    }

    public static WorkbookRejectedException ofFile(String reason, Throwable cause) {
        return new WorkbookRejectedException(List.of(CellProblem.ofFile(reason)), cause);
    }

    public List<CellProblem> problems() {
        return problems;
    }
}
