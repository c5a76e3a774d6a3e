package org.dualcarbon.ledger;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.dualcarbon.ledger.internal.LedgerMapper;
import org.dualcarbon.ledger.internal.LedgerSigningKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signed tree heads (签名树头): signs the current Merkle root with the ledger key — on a schedule
 * ({@code dc.ledger.tree-head-interval}) when the ledger grew, and on demand — and publishes the public key.
 */
@Service
public class TreeHeads {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final LedgerMapper store;
    private final LedgerSigningKey key;

    public TreeHeads(LedgerMapper store, LedgerSigningKey key) {
        this.store = store;
        this.key = key;
    }

    /** Signs the tree of every record committed now. */
    @Transactional
    public SignedTreeHead signNow() {
        long size = store.size();
        String root = LeafHashes.hex(MerkleTree.root(LeafHashes.bytes(store.leafHashes(size))));
        String timestamp = TIMESTAMP.format(Instant.now());
        byte[] signature = key.sign(SignedTreeHead.signedBytes(size, root, timestamp, key.keyId()));
        SignedTreeHead head = new SignedTreeHead(size, root, timestamp, key.keyId(), Base64.getEncoder().encodeToString(signature));
        store.insertTreeHead(head);
        return head;
    }

    /** Signs a new head only when records were appended since the last one; the scheduled step. */
    @Transactional
    public Optional<SignedTreeHead> signIfGrown() {
        long size = store.size();
        if (latest().map(h -> h.treeSize() == size).orElse(size == 0)) {
            return Optional.empty();
        }
        return Optional.of(signNow());
    }

    public Optional<SignedTreeHead> latest() {
        return store.latestTreeHead();
    }

    public List<SignedTreeHead> recent(int limit) {
        return store.treeHeads(Math.min(Math.max(limit, 1), 500));
    }

    public String publicKeyPem() {
        return key.publicKeyPem();
    }

    public String keyId() {
        return key.keyId();
    }

    public boolean verifySignature(SignedTreeHead head) {
        return TreeHeadSignatures.verify(head, key.publicKey());
    }
}
