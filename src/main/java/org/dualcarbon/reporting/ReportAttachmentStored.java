package org.dualcarbon.reporting;

import org.dualcarbon.ledger.LedgerFact;

/** A file was kept with a submission (报送附件); the ledger records it with its digest. */
public record ReportAttachmentStored(long attachmentId, long reportId, String uploadedBy) implements LedgerFact {

    public static final String LEDGER_TYPE = "REPORT_ATTACHMENT";

    @Override
    public String ledgerType() {
        return LEDGER_TYPE;
    }

    @Override
    public String ledgerObjectId() {
        return String.valueOf(attachmentId);
    }

    @Override
    public String ledgerActor() {
        return uploadedBy;
    }
}
