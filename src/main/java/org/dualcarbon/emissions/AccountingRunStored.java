package org.dualcarbon.emissions;

import org.dualcarbon.ledger.LedgerFact;

/** An accounting run (核算结果) was stored with its lines; the ledger records the result. */
public record AccountingRunStored(long runId, String createdBy) implements LedgerFact {

    public static final String LEDGER_TYPE = "ACCOUNTING_RUN";

    @Override
    public String ledgerType() {
        return LEDGER_TYPE;
    }

    @Override
    public String ledgerObjectId() {
        return String.valueOf(runId);
    }

    @Override
    public String ledgerActor() {
        return createdBy;
    }
}
