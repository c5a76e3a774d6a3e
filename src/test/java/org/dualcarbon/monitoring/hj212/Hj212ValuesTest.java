package org.dualcarbon.monitoring.hj212;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The value records refuse what a frame cannot carry, so every frame the simulator builds can be sent. */
class Hj212ValuesTest {

    private final Hj212Frame example = Hj212Samples.realTimeFrame();

    /** domain.md §8.1: Flag=4 is version 1 without ack, 5 with ack; D is bit 1. */
    @Test
    void flagBits() {
        assertThat(Hj212Flag.of(1, false, false).value()).isEqualTo(4);
        assertThat(Hj212Flag.of(1, false, true).value()).isEqualTo(5);
        assertThat(Hj212Flag.of(1, true, true).value()).isEqualTo(7);
        assertThat(new Hj212Flag(0).version()).isZero();
        assertThatThrownBy(() -> new Hj212Flag(256)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hj212Flag.of(64, false, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void frameRefusesBadFields() {
        assertThatThrownBy(() -> example.toBuilder().qn("2024").build()).hasMessageContaining("QN");
        assertThatThrownBy(() -> example.toBuilder().st("031").build()).hasMessageContaining("ST");
        assertThatThrownBy(() -> example.toBuilder().cn("20110").build()).hasMessageContaining("CN");
        assertThatThrownBy(() -> example.toBuilder().mn("a;b").build()).hasMessageContaining("MN");
        assertThatThrownBy(() -> example.toBuilder().split(new Hj212PacketSplit(2, 1)).build())
                .hasMessageContaining("D bit");
        assertThatThrownBy(() -> new Hj212PacketSplit(2, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringHidesThePassword() {
        assertThat(example.toString()).contains("pw=***").doesNotContain("123456");
    }

    @Test
    void qnAtFormatsMilliseconds() {
        assertThat(Hj212Frame.qnAt(LocalDateTime.of(2016, 8, 1, 8, 58, 57, 223_456_789)))
                .isEqualTo("20160801085857223");
    }

    @Test
    void cpRefusesWhatItCannotCarry() {
        assertThatThrownBy(() -> Hj212Cp.builder().parameter("Rtd;Interval", "30").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hj212Cp.builder().parameter("RtdInterval", "3,0").build())
                .hasMessageContaining("RtdInterval");
        assertThatThrownBy(() -> Hj212Cp.builder().parameter("DataTime", "20160801085800").build())
                .hasMessageContaining("DataTime");
        assertThatThrownBy(() -> Hj212Cp.builder().extra("a21026", "Flag", "N").build())
                .hasMessageContaining("Flag");
        assertThatThrownBy(() -> Hj212Cp.builder().value("a-1", Hj212Measure.RTD, BigDecimal.ONE).build())
                .hasMessageContaining("a-1");
        assertThatThrownBy(() -> Hj212Cp.builder().value("a21026", Hj212Measure.RTD, new BigDecimal("1E+40")).build())
                .hasMessageContaining("too many digits");
        assertThatThrownBy(() -> new Hj212Item("a21026", Map.of(), null, Map.of()))
                .hasMessageContaining("carries nothing");
    }

    @Test
    void dataTimeIsKeptToTheSecond() {
        Hj212Cp cp = Hj212Cp.builder().dataTime(LocalDateTime.of(2024, 1, 1, 0, 0, 1, 500_000_000)).build();

        assertThat(cp.dataTime()).isEqualTo(LocalDateTime.of(2024, 1, 1, 0, 0, 1));
    }

    @Test
    void mapsAreUnmodifiable() {
        assertThatThrownBy(() -> example.cp().items().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> example.cp().item("a21026").orElseThrow().values().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void encoderRefusesASegmentOverTheMaximum() {
        Hj212Cp.Builder cp = Hj212Cp.builder();
        for (int i = 0; i < 700; i++) {
            cp.value(String.format("x%05d", i), Hj212Measure.RTD, new BigDecimal("1.0"));
        }
        Hj212Frame huge = example.toBuilder().cp(cp.build()).build();

        assertThatThrownBy(() -> new Hj212Encoder().encode(huge)).hasMessageContaining("exceeds the HJ 212 maximum");
    }

    @Test
    void encoderEmulatesOnlyWireDeviations() {
        assertThatThrownBy(() -> Hj212Encoder.emulating(Hj212Deviation.LOCAL_TIME_WITHOUT_MS))
                .hasMessageContaining("content");
        assertThatThrownBy(() -> Hj212Encoder.emulating(Hj212Deviation.MODBUS_CRC, Hj212Deviation.MODBUS_CRC_SWAPPED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Hj212Encoder.emulating(Hj212Deviation.MISSING_CRLF).encode(example)).doesNotEndWith("\n");
    }
}
