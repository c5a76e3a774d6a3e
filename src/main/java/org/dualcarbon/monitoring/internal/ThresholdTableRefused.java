package org.dualcarbon.monitoring.internal;

import java.util.List;

/** A threshold table that was not taken: every problem names its row and the reason. The running rules are untouched. */
public final class ThresholdTableRefused extends IllegalArgumentException {

    private final List<String> problems;

    public ThresholdTableRefused(List<String> problems) {
        super("警报阈值表未采用 / threshold table refused: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
