package org.dualcarbon.monitoring;

import java.util.List;

/**
 * A threshold table that was not taken, with every problem found (not only the first), each naming its row and
 * reason. Nothing was stored and the running rules are untouched when it is thrown.
 */
public final class ThresholdTableRefused extends IllegalArgumentException {

    private final transient List<ThresholdProblem> problems;

    public ThresholdTableRefused(List<ThresholdProblem> problems) {
        super("警报阈值表未采用 / threshold table refused: "
                + String.join("; ", problems.stream().map(ThresholdProblem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<ThresholdProblem> problems() {
        return problems;
    }
}
