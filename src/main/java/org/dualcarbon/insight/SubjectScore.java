package org.dualcarbon.insight;

import java.util.List;
import java.util.Map;
import org.dualcarbon.analysis.Ratio;

/**
 * A division's or an enterprise's evaluation: the figures the rules were set against (each with the reason where it
 * could not be computed), the rows that fired, the score (100 + points) and grade, and whether it is on the watch list.
 */
public record SubjectScore(String kind, String key, String name, Map<String, Ratio> metrics, List<Finding> findings,
                           int score, String grade) {

    public boolean watch() {
        return findings.stream().anyMatch(Finding::watch);
    }

    /** The reasons that put the subject on the watch list. */
    public List<String> watchReasons() {
        return findings.stream().filter(Finding::watch).map(Finding::reason).toList();
    }
}
