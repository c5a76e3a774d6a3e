package org.dualcarbon.ledger.internal;

import org.dualcarbon.ledger.Ledger;
import org.dualcarbon.ledger.LedgerFact;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Appends every {@link LedgerFact} just before its transaction commits: the business rows are final by then, and an
 * append failure still rolls the whole change back. Outside a transaction the fact is appended at once.
 */
@Component
class LedgerFactListener {

    private final Ledger ledger;

    LedgerFactListener(Ledger ledger) {
        this.ledger = ledger;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(LedgerFact fact) {
        ledger.append(fact);
    }
}
