package org.dualcarbon.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The canonical encoding: key order, escaping and decimals never depend on how a value was produced. */
class CanonicalJsonTest {

    @Test
    void keysSortedDecimalsPlainStringsEscaped() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("z", new BigDecimal("1.500000"));
        content.put("a", "引号\"和\\斜杠\n");
        content.put("m", List.of(1L, true));
        content.put("n", null);
        assertThat(CanonicalJson.text(content))
                .isEqualTo("{\"a\":\"引号\\\"和\\\\斜杠\\u000a\",\"m\":[1,true],\"n\":null,\"z\":\"1.5\"}");
        assertThat(CanonicalJson.text(Map.of("v", new BigDecimal("0.0000")))).isEqualTo("{\"v\":\"0\"}");
        assertThat(CanonicalJson.text(Map.of("v", new BigDecimal("1E+3")))).isEqualTo("{\"v\":\"1000\"}");
    }

    @Test
    void aRecordsEntryHashCoversEveryField() {
        LedgerRecord record = new LedgerRecord(0, "T", "1", "ab".repeat(32), "u", "2026-01-01T00:00:00.000Z",
                LedgerRecord.GENESIS, null);
        LedgerRecord otherActor = new LedgerRecord(0, "T", "1", "ab".repeat(32), "v", "2026-01-01T00:00:00.000Z",
                LedgerRecord.GENESIS, null);
        assertThat(record.computedEntryHash()).hasSize(64).isNotEqualTo(otherActor.computedEntryHash());
        assertThat(new String(record.canonical(), java.nio.charset.StandardCharsets.UTF_8)).startsWith("{\"actor\":\"u\",")
                .endsWith("\"seq\":0,\"type\":\"T\",\"v\":1}");
    }
}
