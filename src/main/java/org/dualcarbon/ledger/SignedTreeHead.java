package org.dualcarbon.ledger;

import java.util.Map;

/**
 * A signed tree head (签名树头): the size and RFC 6962 root of the ledger's Merkle tree at a time, signed with the
 * ledger key (Ed25519). The signed bytes are the canonical JSON of {@code {keyId, rootHash, timestamp, treeSize, v}}
 * ({@code keyId} = SHA-256 of the public key's X.509 encoding, hex); the signature is Base64.
 */
public record SignedTreeHead(long treeSize, String rootHash, String timestamp, String keyId, String signature) {

    public byte[] signedBytes() {
        return signedBytes(treeSize, rootHash, timestamp, keyId);
    }

    public static byte[] signedBytes(long treeSize, String rootHash, String timestamp, String keyId) {
        return CanonicalJson.bytes(Map.of("keyId", keyId, "rootHash", rootHash, "timestamp", timestamp,
                "treeSize", treeSize, "v", LedgerRecord.FORMAT));
    }
}
