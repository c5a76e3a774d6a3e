package org.dualcarbon.monitoring.internal;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dualcarbon.ledger.CanonicalJson;
import org.dualcarbon.ledger.MerkleTree;

/**
 * One hourly ledger batch (小时批次) of a device: its readings of one hour whose ids lie in one sealing window
 * {@code (after, upTo]}. The object id names all four, so the batch can be re-read from the live table; its content
 * is the count and the RFC 6962 Merkle root over the readings' canonical JSON in (time, code, period, kind) order.
 */
record ReadingBatch(long deviceId, LocalDateTime hour, long after, long upTo) {

    static final String LEDGER_TYPE = "MONITORING_HOUR";

    static ReadingBatch parse(String objectId) {
        String[] parts = objectId.split("/");
        String[] window = parts[2].split("-");
        return new ReadingBatch(Long.parseLong(parts[0]), LocalDateTime.parse(parts[1]), Long.parseLong(window[0]),
                Long.parseLong(window[1]));
    }

    String objectId() {
        return deviceId + "/" + hour + "/" + after + "-" + upTo;
    }

    Map<String, Object> content(List<ReadingLedgerMapper.SealedReading> readings) {
        List<byte[]> leaves = readings.stream().map(r -> MerkleTree.leafHash(CanonicalJson.bytes(leaf(r)))).toList();
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("deviceId", deviceId);
        content.put("hour", hour.toString());
        content.put("idsAfter", after);
        content.put("idsUpTo", upTo);
        content.put("readings", readings.size());
        content.put("merkleRoot", java.util.HexFormat.of().formatHex(MerkleTree.root(leaves)));
        return content;
    }

    private static Map<String, Object> leaf(ReadingLedgerMapper.SealedReading r) {
        Map<String, Object> leaf = new LinkedHashMap<>();
        leaf.put("dataTime", r.dataTime().toString());
        leaf.put("code", r.code());
        leaf.put("period", r.period());
        leaf.put("kind", r.kind());
        leaf.put("value", r.value());
        leaf.put("flag", r.flag());
        return leaf;
    }
}
