package org.dualcarbon.factors;

import org.dualcarbon.ledger.LedgerFact;

/**
 * Published inside the transaction that makes a version the active one of its library (review approval, rollback,
 * or the first registration of a shipped table), so that data derived from a library changes in the same
 * transaction as the activation — and so that the ledger records the activation (规则库启用) with who activated it.
 */
public record FactorLibraryActivated(String code, String version, String activatedBy) implements LedgerFact {

    public static final String LEDGER_TYPE = "FACTOR_ACTIVATION";

    @Override
    public String ledgerType() {
        return LEDGER_TYPE;
    }

    /** {@code code@version}. */
    @Override
    public String ledgerObjectId() {
        return code + "@" + version;
    }

    @Override
    public String ledgerActor() {
        return activatedBy;
    }
}
