package org.dualcarbon.ledger;

/** Published after each whole-ledger verification, so that the audit log records who ran it and what it found. */
public record LedgerVerified(LedgerVerification result, String requestedBy) {
}
