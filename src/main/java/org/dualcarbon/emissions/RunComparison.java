package org.dualcarbon.emissions;

import java.math.BigDecimal;
import java.util.List;

/**
 * A stored run beside a recomputation under other library versions: both totals and, line by line, both
 * emissions and the factor rows each used. Nothing of the recomputation is stored.
 */
public record RunComparison(AccountingRun stored, String alternativeLibraries, BigDecimal alternativeTotal,
                            BigDecimal alternativeTotalMarket, List<LineDifference> lines) {

    public BigDecimal getTotalDifference() {
        return alternativeTotal.subtract(stored.total());
    }

    /** One line in both runs; a side is null where the line exists in one only. */
    public record LineDifference(String lineId, BigDecimal storedEmission, BigDecimal alternativeEmission,
                                 String storedFactors, String alternativeFactors) {

        public BigDecimal getDifference() {
            if (storedEmission == null || alternativeEmission == null) {
                return null;
            }
            return alternativeEmission.subtract(storedEmission);
        }
    }
}
