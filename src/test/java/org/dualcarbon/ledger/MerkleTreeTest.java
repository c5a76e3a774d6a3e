package org.dualcarbon.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RFC 6962 hashing and proofs: the Certificate Transparency reference vectors (certificate-transparency
 * merkle_tree_test.cc, reproduced by RFC 9162 implementations), and every tree up to 64 leaves against an independent
 * brute-force tree built in this test.
 */
class MerkleTreeTest {

    private static final HexFormat HEX = HexFormat.of();

    /** The reference leaves D[0..7] (hex). */
    private static final List<String> CT_LEAVES = List.of("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f");

    /** MTH(D[0..n)) for n = 0..8. */
    private static final List<String> CT_ROOTS = List.of(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    private static List<byte[]> ctLeafHashes() {
        return CT_LEAVES.stream().map(h -> MerkleTree.leafHash(HEX.parseHex(h))).toList();
    }

    @Test
    void ctReferenceRoots() {
        List<byte[]> leaves = ctLeafHashes();
        for (int n = 0; n <= 8; n++) {
            assertThat(HEX.formatHex(MerkleTree.root(leaves, n))).as("MTH of %d leaves", n).isEqualTo(CT_ROOTS.get(n));
        }
    }

    @Test
    void ctReferenceAuditPaths() {
        assertPath(0, 8, "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertPath(5, 8, "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertPath(2, 3, "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125");
        assertPath(1, 5, "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
        assertPath(0, 1);
    }

    @Test
    void ctReferenceConsistencyProofs() {
        assertConsistency(1, 8, "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertConsistency(6, 8, "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertConsistency(2, 5, "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
        assertConsistency(1, 1);
    }

    @Test
    void everyProofOfEveryTreeUpTo64LeavesMatchesABruteForceTree() {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            leaves.add(MerkleTree.leafHash(("record " + i).getBytes(StandardCharsets.UTF_8)));
        }
        for (int n = 1; n <= 64; n++) {
            BruteForceTree tree = BruteForceTree.of(leaves.subList(0, n));
            byte[] root = tree.root();
            assertThat(MerkleTree.root(leaves, n)).as("root of %d", n).isEqualTo(root);
            for (int m = 0; m < n; m++) {
                List<byte[]> path = tree.auditPath(m);
                assertThat(MerkleTree.inclusionProof(leaves, m, n)).as("path %d of %d", m, n).containsExactlyElementsOf(path);
                assertThat(MerkleProofs.verifyInclusion(leaves.get(m), m, n, path, root)).isTrue();
                assertThat(MerkleProofs.verifyInclusion(leaves.get((m + 1) % n), m, n, path, root) && n > 1).isFalse();
                if (!path.isEmpty()) {
                    assertThat(MerkleProofs.verifyInclusion(leaves.get(m), m, n, path.subList(0, path.size() - 1), root)).isFalse();
                }
            }
            for (int m = 1; m <= n; m++) {
                byte[] first = BruteForceTree.of(leaves.subList(0, m)).root();
                List<byte[]> proof = MerkleTree.consistencyProof(leaves, m, n);
                assertThat(MerkleProofs.verifyConsistency(m, n, first, root, proof)).as("consistency %d→%d", m, n).isTrue();
                if (m < n) {
                    byte[] other = BruteForceTree.of(leaves.subList(1, m + 1)).root();
                    assertThat(MerkleProofs.verifyConsistency(m, n, other, root, proof)).as("wrong first root").isFalse();
                    assertThat(MerkleProofs.verifyConsistency(m, n, first, other, proof)).as("wrong second root").isFalse();
                }
            }
        }
    }

    @Test
    void aLeafCannotPassForANode() {
        byte[] a = MerkleTree.leafHash("a".getBytes(StandardCharsets.UTF_8));
        byte[] b = MerkleTree.leafHash("b".getBytes(StandardCharsets.UTF_8));
        byte[] concatenated = new byte[64];
        System.arraycopy(a, 0, concatenated, 0, 32);
        System.arraycopy(b, 0, concatenated, 32, 32);
        assertThat(MerkleTree.leafHash(concatenated)).isNotEqualTo(MerkleTree.nodeHash(a, b));
    }

    private static void assertPath(int index, int size, String... expected) {
        List<byte[]> leaves = ctLeafHashes();
        List<byte[]> path = MerkleTree.inclusionProof(leaves, index, size);
        assertThat(path.stream().map(HEX::formatHex).toList()).containsExactly(expected);
        assertThat(MerkleProofs.verifyInclusion(leaves.get(index), index, size, path, HEX.parseHex(CT_ROOTS.get(size)))).isTrue();
    }

    private static void assertConsistency(int first, int second, String... expected) {
        List<byte[]> proof = MerkleTree.consistencyProof(ctLeafHashes(), first, second);
        assertThat(proof.stream().map(HEX::formatHex).toList()).containsExactly(expected);
        assertThat(MerkleProofs.verifyConsistency(first, second, HEX.parseHex(CT_ROOTS.get(first)),
                HEX.parseHex(CT_ROOTS.get(second)), proof)).isTrue();
    }

    /**
     * An explicit tree of node objects with parent links: the root is built by folding perfect subtrees from the right
     * (a perfect subtree per one-bit of n, largest first), and an audit path is read by climbing from the leaf to the
     * root — no use of the production recursion.
     */
    private static final class BruteForceTree {

        private final List<Node> leaves = new ArrayList<>();
        private Node root;

        static BruteForceTree of(List<byte[]> leafHashes) {
            BruteForceTree tree = new BruteForceTree();
            leafHashes.forEach(h -> tree.leaves.add(new Node(h, null, null)));
            List<Node> perfect = new ArrayList<>();
            int at = 0;
            for (int bit = Integer.highestOneBit(leafHashes.size()); bit > 0; bit >>= 1) {
                if ((leafHashes.size() & bit) != 0) {
                    perfect.add(perfect(tree.leaves.subList(at, at + bit)));
                    at += bit;
                }
            }
            Node folded = perfect.get(perfect.size() - 1);
            for (int i = perfect.size() - 2; i >= 0; i--) {
                folded = Node.join(perfect.get(i), folded);
            }
            tree.root = folded;
            return tree;
        }

        private static Node perfect(List<Node> level) {
            List<Node> current = level;
            while (current.size() > 1) {
                List<Node> up = new ArrayList<>();
                for (int i = 0; i < current.size(); i += 2) {
                    up.add(Node.join(current.get(i), current.get(i + 1)));
                }
                current = up;
            }
            return current.get(0);
        }

        byte[] root() {
            return root.hash;
        }

        List<byte[]> auditPath(int index) {
            List<byte[]> path = new ArrayList<>();
            for (Node node = leaves.get(index); node.parent != null; node = node.parent) {
                path.add(node.parent.left == node ? node.parent.right.hash : node.parent.left.hash);
            }
            return path;
        }

        private static final class Node {
            final byte[] hash;
            final Node left;
            final Node right;
            Node parent;

            Node(byte[] hash, Node left, Node right) {
                this.hash = hash;
                this.left = left;
                this.right = right;
            }

            static Node join(Node left, Node right) {
                Node node = new Node(MerkleTree.nodeHash(left.hash, right.hash), left, right);
                left.parent = node;
                right.parent = node;
                return node;
            }
        }
    }
}
