package org.dualcarbon.ledger;

import java.util.HexFormat;
import java.util.List;

/** Hex texts of hashes as bytes and back, for the stored and published forms of tree hashes. */
final class LeafHashes {

    private LeafHashes() {
    }

    static List<byte[]> bytes(List<String> hex) {
        HexFormat format = HexFormat.of();
        return hex.stream().map(format::parseHex).toList();
    }

    static List<String> hex(List<byte[]> hashes) {
        HexFormat format = HexFormat.of();
        return hashes.stream().map(format::formatHex).toList();
    }

    static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }
}
