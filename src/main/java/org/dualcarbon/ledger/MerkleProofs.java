package org.dualcarbon.ledger;

import java.security.MessageDigest;
import java.util.List;

/**
 * Checks RFC 6962 proofs without the tree, as an outside auditor does: an audit path against a root (the iterative
 * check of RFC 9162 §2.1.3.2, equivalent to RFC 6962 §2.1.1) and a consistency proof between two roots (RFC 9162
 * §2.1.4.2 for RFC 6962 §2.1.2 proofs). Each method answers whether the proof holds; none throws on bad input.
 */
public final class MerkleProofs {

    private MerkleProofs() {
    }

    public static boolean verifyInclusion(byte[] leafHash, long index, long size, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleTree.nodeHash(p, r);
                // climb past the levels where this node is a left child without a right sibling
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = MerkleTree.nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    public static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot,
                                            List<byte[]> proof) {
        if (first < 0 || first > second) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && MessageDigest.isEqual(firstRoot, secondRoot);
        }
        if (first == 0) {
            // the empty tree is a prefix of every tree; there is nothing to prove
            return proof.isEmpty();
        }
        if (proof.isEmpty()) {
            return false;
        }
        int at = 0;
        byte[] start;
        if (Long.bitCount(first) == 1) {
            // a power-of-two first tree is a whole subtree of the second: its root starts both paths
            start = firstRoot;
        } else {
            start = proof.get(at++);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = start;
        byte[] sr = start;
        for (; at < proof.size(); at++) {
            byte[] c = proof.get(at);
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleTree.nodeHash(c, fr);
                sr = MerkleTree.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = MerkleTree.nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, firstRoot) && MessageDigest.isEqual(sr, secondRoot);
    }
}
