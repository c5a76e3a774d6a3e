package org.dualcarbon.reporting;

import org.dualcarbon.ledger.LedgerFact;

/** A submission (报送) was accepted and stored as the report's next version; the ledger records it. */
public record ReportSubmitted(long submissionId, long reportId, String submittedBy) implements LedgerFact {

    public static final String LEDGER_TYPE = "REPORT_SUBMISSION";

    @Override
    public String ledgerType() {
        return LEDGER_TYPE;
    }

    @Override
    public String ledgerObjectId() {
        return String.valueOf(submissionId);
    }

    @Override
    public String ledgerActor() {
        return submittedBy;
    }
}
