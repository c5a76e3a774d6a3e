package org.dualcarbon.accounting;

import java.util.List;
import java.util.Optional;
import org.dualcarbon.factors.Factor;
import org.dualcarbon.factors.FactorKey;
import org.dualcarbon.factors.FactorLookup;

/**
 * Which factor library versions a run uses, in order of preference per purpose: fuel characteristics, electricity,
 * process and heat defaults, GWP, and the GB/T 2589 coefficients that turn the same activity data into energy
 * consumption (tce). The first library that has a row for a key gives it.
 */
public record FactorPlan(List<FactorLookup> fuels, List<FactorLookup> electricity, List<FactorLookup> processAndHeat,
                         List<FactorLookup> gwp, List<FactorLookup> standardCoal) {

    /** A plan without standard-coal coefficients: runs report emissions only. */
    public FactorPlan(List<FactorLookup> fuels, List<FactorLookup> electricity, List<FactorLookup> processAndHeat,
                      List<FactorLookup> gwp) {
        this(fuels, electricity, processAndHeat, gwp, List.of());
    }

    static Optional<Factor> first(List<FactorLookup> lookups, FactorKey key) {
        for (FactorLookup lookup : lookups) {
            Optional<Factor> found = lookup.find(key);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
