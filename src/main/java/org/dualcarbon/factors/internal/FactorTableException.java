package org.dualcarbon.factors.internal;

import java.util.List;

/** A factor table refused, with every problem found. Nothing of it has been stored or activated. */
public class FactorTableException extends RuntimeException {

    private final List<TableProblem> problems;

    public FactorTableException(List<TableProblem> problems) {
        super(problems.size() + " problem(s): " + problems.stream().limit(5).map(TableProblem::toString).toList());
        this.problems = List.copyOf(problems);
    }

    public List<TableProblem> problems() {
        return problems;
    }
}
