package org.dualcarbon.energy.internal;

import org.dualcarbon.factors.Factor;
import org.dualcarbon.factors.FactorLibraries;
import org.dualcarbon.factors.FactorLibraryActivated;
import org.dualcarbon.factors.FactorParameter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the activity items' standard-coal coefficients equal to the active GB/T 2589 factor library, so that the
 * energy figures of pages and roll-ups and the tce of accounting runs come from the same rule-author-owned rows.
 * Runs in the activation's transaction: both change together or neither does.
 */
@Component
class StandardCoalCoefficients {

    /** The factor library that holds the GB/T 2589 coefficients. */
    static final String LIBRARY = "GBT2589-2020";

    private static final Logger log = LoggerFactory.getLogger(StandardCoalCoefficients.class);

    private final FactorLibraries libraries;
    private final ActivityItemMapper items;

    StandardCoalCoefficients(FactorLibraries libraries, ActivityItemMapper items) {
        this.libraries = libraries;
        this.items = items;
    }

    @EventListener
    void on(FactorLibraryActivated activated) {
        if (!LIBRARY.equals(activated.code())) {
            return;
        }
        int updated = 0;
        for (Factor row : libraries.rows(activated.code(), activated.version())) {
            if (row.parameter() == FactorParameter.TCE && "CN".equals(row.region()) && row.validTo() == 9999) {
                updated += items.updateCoefficient(row.subject(), row.value(),
                        row.reference() + " · " + row.library() + "@" + row.version() + " " + row.name(), row.status());
            }
        }
        log.info("standard-coal coefficients of {} activity items taken from {}@{}", updated, activated.code(),
                activated.version());
    }
}
