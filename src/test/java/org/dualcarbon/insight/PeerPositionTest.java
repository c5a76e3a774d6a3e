package org.dualcarbon.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.dualcarbon.analysis.Ratio;
import org.junit.jupiter.api.Test;

/** Peer positions: nearest-rank quartiles and the percentile, worked by hand; fewer than five peers are not shown. */
class PeerPositionTest {

    @Test
    void percentileAndQuartilesOfEightPeers() {
        // peers 1.0 … 8.0, own 6.0: 6 of 8 at or below → 75.0; P25 = rank ⌈2⌉ = 2.0, median rank 4 = 4.0, P75 rank 6 = 6.0
        List<Benchmarking.Intensity> peers = IntStream.rangeClosed(1, 8).mapToObj(i -> intensity(i + ".0")).toList();
        PeerPosition p = Benchmarking.position("同行业", intensity("6.0"), peers);
        assertThat(p.percentile()).isEqualByComparingTo("75.0");
        assertThat(p.p25()).isEqualByComparingTo("2.0");
        assertThat(p.median()).isEqualByComparingTo("4.0");
        assertThat(p.p75()).isEqualByComparingTo("6.0");
        assertThat(p.note()).isNull();
    }

    @Test
    void fewerThanFivePeersShowNothingButTheCount() {
        PeerPosition p = Benchmarking.position("同行业", intensity("1.0"),
                List.of(intensity("1.0"), intensity("2.0"), intensity("3.0"), intensity("4.0")));
        assertThat(p.peers()).isEqualTo(4);
        assertThat(p.percentile()).isNull();
        assertThat(p.median()).isNull();
        assertThat(p.note()).contains("不足5家");
    }

    private static Benchmarking.Intensity intensity(String value) {
        return new Benchmarking.Intensity(null, "tCO2e/tce", null, new Ratio(new BigDecimal(value), null));
    }
}
