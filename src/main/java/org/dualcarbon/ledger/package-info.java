/**
 * 存证账本 — the tamper-evident ledger (security.md §5): every accepted submission, decision, rule-base activation,
 * accounting result, attachment, audit row and hourly batch of monitoring readings is appended as a canonical record
 * that names the business row and the hash of its canonical content. Records form a hash chain and an RFC 6962
 * Merkle tree whose heads are signed with a key kept outside the database; inclusion and consistency proofs and a
 * verification that re-hashes the live business rows are offered over the API, a page and a command.
 *
 * <p>Modules take part without the ledger knowing them: their events implement {@link org.dualcarbon.ledger.LedgerFact}
 * and each owner provides a {@link org.dualcarbon.ledger.CanonicalContentProvider} for its record types.
 */
package org.dualcarbon.ledger;
