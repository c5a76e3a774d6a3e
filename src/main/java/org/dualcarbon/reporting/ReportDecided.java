package org.dualcarbon.reporting;

import org.dualcarbon.ledger.LedgerFact;

/**
 * A decision on a report — verified (核查), approved (批准), returned (退回) or cancelled (撤销) — was stored as the
 * report event {@code eventId}; the ledger records it.
 */
public record ReportDecided(long eventId, long reportId, String decision, String actor) implements LedgerFact {

    public static final String LEDGER_TYPE = "REPORT_DECISION";

    @Override
    public String ledgerType() {
        return LEDGER_TYPE;
    }

    @Override
    public String ledgerObjectId() {
        return String.valueOf(eventId);
    }

    @Override
    public String ledgerActor() {
        return actor;
    }
}
