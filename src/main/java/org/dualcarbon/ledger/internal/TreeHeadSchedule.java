package org.dualcarbon.ledger.internal;

import org.dualcarbon.ledger.TreeHeads;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Signs a tree head periodically when the ledger grew (security.md §5: one per hour by default). */
@Component
class TreeHeadSchedule {

    private final TreeHeads heads;

    TreeHeadSchedule(TreeHeads heads) {
        this.heads = heads;
    }

    @Scheduled(initialDelayString = "${dc.ledger.tree-head-initial-delay:PT2M}", fixedDelayString = "${dc.ledger.tree-head-interval:PT1H}")
    void signIfGrown() {
        heads.signIfGrown();
    }
}
