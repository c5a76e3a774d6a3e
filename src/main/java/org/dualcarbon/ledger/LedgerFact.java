package org.dualcarbon.ledger;

/**
 * An application event that the ledger appends as a record in the transaction that publishes it: a module's own event
 * (a submission, a decision, an activation, a result) implements this, so a rolled-back business change leaves no
 * record and the ledger needs no knowledge of the module. The owner also provides the
 * {@link CanonicalContentProvider} of the record type.
 */
public interface LedgerFact {

    /** The record type, e.g. {@code REPORT_SUBMISSION}; one provider answers for it. */
    String ledgerType();

    /** The business object's identity within its type, e.g. the submission id. */
    String ledgerObjectId();

    /** Who caused it: a user name, or {@code platform} for the platform's own work. */
    String ledgerActor();
}
