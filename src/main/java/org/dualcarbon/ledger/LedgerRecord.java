package org.dualcarbon.ledger;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record of the ledger (账本记录). Its canonical bytes are the canonical JSON ({@link CanonicalJson}) of
 * {@code {actor, contentHash, objectId, prevHash, recordedAt, seq, type, v}} — {@code v} = 1, hashes lower-case hex,
 * {@code recordedAt} ISO-8601 UTC with milliseconds. {@code entryHash} = SHA-256(canonical bytes) chains the records
 * (the first record's {@code prevHash} is 64 zeros), and the canonical bytes are the RFC 6962 leaf at index
 * {@code seq} of the Merkle tree.
 */
public record LedgerRecord(long seq, String type, String objectId, String contentHash, String actor, String recordedAt,
                           String prevHash, String entryHash) {

    /** The previous hash of the first record. */
    public static final String GENESIS = "0".repeat(64);
    public static final int FORMAT = 1;

    public byte[] canonical() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("actor", actor);
        fields.put("contentHash", contentHash);
        fields.put("objectId", objectId);
        fields.put("prevHash", prevHash);
        fields.put("recordedAt", recordedAt);
        fields.put("seq", seq);
        fields.put("type", type);
        fields.put("v", FORMAT);
        return CanonicalJson.bytes(fields);
    }

    /** SHA-256 of the canonical bytes, hex: what the next record names as its previous hash. */
    public String computedEntryHash() {
        return Sha256.hex(canonical());
    }

    public byte[] leafHash() {
        return MerkleTree.leafHash(canonical());
    }
}
