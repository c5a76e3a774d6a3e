package org.dualcarbon.ledger;

/**
 * The outcome of walking the whole ledger: how many records were checked, the first broken one (null when none) and
 * the signed tree head the recomputed Merkle root was compared with (null when none was signed yet).
 */
public record LedgerVerification(boolean ok, long checked, BrokenRecord firstBroken, SignedTreeHead treeHead,
                                 String recomputedRoot, String verifiedAt) {

    /** Why a record fails: its place, its business object, the reason and both hashes where there are two. */
    public record BrokenRecord(long seq, String type, String objectId, String reason, String expected, String actual) {
    }
}
