package org.dualcarbon.reporting.internal;

import java.util.Comparator;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Receives the flags the anomaly rules raise, with the sentence filled in. */
public class FlagSink {

    /** A raised flag before it is stored. */
    public record Raised(String ruleName, String subject, String observed, String threshold, String message) {
    }

    private final List<Raised> raised = new ArrayList<>();

    public void raise(AnomalyThreshold threshold, AnomalyMetric metric) {
        String observed = metric.value().setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        String limit = threshold.limit().stripTrailingZeros().toPlainString();
        raised.add(new Raised(threshold.name(), metric.subject(), observed, limit, threshold.message()
                .replace("{subject}", metric.subject()).replace("{value}", observed).replace("{limit}", limit)));
    }

    List<Raised> raised() {
        return raised.stream().sorted(Comparator.comparing(Raised::ruleName).thenComparing(Raised::subject)).toList();
    }
}
