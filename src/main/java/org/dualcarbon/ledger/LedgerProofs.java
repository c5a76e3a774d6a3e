package org.dualcarbon.ledger;

import java.util.HexFormat;
import java.util.List;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.ledger.internal.LedgerMapper;
import org.springframework.stereotype.Service;

/** Inclusion and consistency proofs (RFC 6962 §2.1.1, §2.1.2) over the stored leaf hashes. */
@Service
public class LedgerProofs {

    private final LedgerMapper store;

    public LedgerProofs(LedgerMapper store) {
        this.store = store;
    }

    /** The audit path of record {@code seq} in the tree of the first {@code treeSize} records. */
    public InclusionProof inclusion(long seq, long treeSize) {
        long size = checkedSize(treeSize, "size");
        if (seq < 0 || seq >= size) {
            throw new InvalidInputException("leaf", "记录序号须小于树的大小 / the record must lie inside the tree of size " + size);
        }
        List<byte[]> leaves = LeafHashes.bytes(store.leafHashes(size));
        List<byte[]> path = MerkleTree.inclusionProof(leaves, (int) seq, (int) size);
        return new InclusionProof(seq, size, HexFormat.of().formatHex(leaves.get((int) seq)), LeafHashes.hex(path),
                LeafHashes.hex(MerkleTree.root(leaves)));
    }

    /** The proof that the tree of {@code first} records is a prefix of the tree of {@code second}. */
    public ConsistencyProof consistency(long first, long second) {
        long size = checkedSize(second, "second");
        if (first < 1 || first > size) {
            throw new InvalidInputException("first", "须在 1 与第二个树的大小之间 / between 1 and the second size");
        }
        List<byte[]> leaves = LeafHashes.bytes(store.leafHashes(size));
        return new ConsistencyProof(first, size, LeafHashes.hex(MerkleTree.root(leaves, (int) first)),
                LeafHashes.hex(MerkleTree.root(leaves)), LeafHashes.hex(MerkleTree.consistencyProof(leaves, (int) first, (int) size)));
    }

    private long checkedSize(long requested, String field) {
        long size = store.size();
        if (requested < 1 || requested > size) {
            throw new InvalidInputException(field, "树的大小须在 1 与 " + size + " 之间 / the tree size must be between 1 and " + size);
        }
        return requested;
    }
}
