package org.dualcarbon.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 6962 §2.1 Merkle Tree Hash over a list of leaf hashes, with the audit path (§2.1.1) and the consistency proof
 * (§2.1.2) computed by the RFC's recursive definitions: for n > 1 leaves the tree splits at k, the largest power of
 * two smaller than n. Leaf hash = SHA-256(0x00 || leaf), node hash = SHA-256(0x01 || left || right); the empty tree's
 * hash is SHA-256 of nothing. The prefixes keep a leaf from passing for an inner node (second pre-images).
 */
public final class MerkleTree {

    private static final byte[] LEAF_PREFIX = {0x00};
    private static final byte[] NODE_PREFIX = {0x01};

    private MerkleTree() {
    }

    public static byte[] leafHash(byte[] leaf) {
        return Sha256.digest(LEAF_PREFIX, leaf);
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        return Sha256.digest(NODE_PREFIX, left, right);
    }

    /** MTH(D[n]) of the first {@code size} leaves. */
    public static byte[] root(List<byte[]> leafHashes, int size) {
        check(size <= leafHashes.size(), "size beyond the leaves");
        return size == 0 ? Sha256.digest() : subtree(leafHashes, 0, size);
    }

    public static byte[] root(List<byte[]> leafHashes) {
        return root(leafHashes, leafHashes.size());
    }

    /** PATH(m, D[n]): the audit path of leaf {@code index} in the tree of the first {@code size} leaves. */
    public static List<byte[]> inclusionProof(List<byte[]> leafHashes, int index, int size) {
        check(size <= leafHashes.size() && index >= 0 && index < size, "leaf index outside the tree");
        List<byte[]> path = new ArrayList<>();
        path(leafHashes, index, 0, size, path);
        return path;
    }

    /** PROOF(m, D[n]): the consistency proof of the tree of the first {@code first} leaves with that of {@code second}. */
    public static List<byte[]> consistencyProof(List<byte[]> leafHashes, int first, int second) {
        check(second <= leafHashes.size() && first >= 0 && first <= second, "sizes outside the tree");
        List<byte[]> proof = new ArrayList<>();
        if (first > 0 && first < second) {
            subproof(leafHashes, first, 0, second, true, proof);
        }
        return proof;
    }

    /** The largest power of two smaller than n (n > 1). */
    static int split(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private static byte[] subtree(List<byte[]> leaves, int from, int n) {
        if (n == 1) {
            return leaves.get(from);
        }
        int k = split(n);
        return nodeHash(subtree(leaves, from, k), subtree(leaves, from + k, n - k));
    }

    // PATH(m, D[from..from+n)): the sibling subtree hashes from the leaf's level upward
    private static void path(List<byte[]> leaves, int m, int from, int n, List<byte[]> out) {
        if (n == 1) {
            return;
        }
        int k = split(n);
        if (m < k) {
            path(leaves, m, from, k, out);
            out.add(subtree(leaves, from + k, n - k));
        } else {
            path(leaves, m - k, from + k, n - k, out);
            out.add(subtree(leaves, from, k));
        }
    }

    // SUBPROOF(m, D[from..from+n), b) of RFC 6962 §2.1.2
    private static void subproof(List<byte[]> leaves, int m, int from, int n, boolean whole, List<byte[]> out) {
        if (m == n) {
            if (!whole) {
                out.add(subtree(leaves, from, n));
            }
            return;
        }
        int k = split(n);
        if (m <= k) {
            subproof(leaves, m, from, k, whole, out);
            out.add(subtree(leaves, from + k, n - k));
        } else {
            subproof(leaves, m - k, from + k, n - k, false, out);
            out.add(subtree(leaves, from, k));
        }
    }

    private static void check(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }
}
