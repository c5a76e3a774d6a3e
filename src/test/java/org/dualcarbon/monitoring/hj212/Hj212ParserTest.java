package org.dualcarbon.monitoring.hj212;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class Hj212ParserTest {

    private final Hj212Parser parser = new Hj212Parser();

    /** domain.md §8.1: the published example, a 1062 set-interval request with Flag=5. */
    @Test
    void parsesThePublishedExample() {
        Hj212Frame frame = accepted(parser.parse(Hj212Samples.EXAMPLE, Hj212Compatibility.STRICT)).frame();

        assertThat(frame.qn()).isEqualTo("20160801085857223");
        assertThat(frame.qnTime()).isEqualTo(LocalDateTime.of(2016, 8, 1, 8, 58, 57, 223_000_000));
        assertThat(frame.st()).isEqualTo(Hj212Systems.SURFACE_WATER_POLLUTION_SOURCE);
        assertThat(frame.cn()).isEqualTo(Hj212Commands.SET_REAL_TIME_INTERVAL);
        assertThat(frame.pw()).isEqualTo("100000");
        assertThat(frame.mn()).isEqualTo("010000A8900016F000169DC0");
        assertThat(frame.split()).isNull();
        assertThat(frame.cp().dataTime()).isNull();
        assertThat(frame.cp().parameters()).containsExactly(java.util.Map.entry("RtdInterval", "30"));
        assertThat(frame.cp().items()).isEmpty();
    }

    /** Flag=5 = 0b101: version 1 (HJ 212-2017), no split, ack required (domain.md §8.1). */
    @Test
    void decodesTheFlagBits() {
        Hj212Flag flag = accepted(parser.parse(Hj212Samples.EXAMPLE, null)).frame().flag();

        assertThat(flag.value()).isEqualTo(5);
        assertThat(flag.version()).isEqualTo(Hj212Flag.VERSION_2017);
        assertThat(flag.splitPacket()).isFalse();
        assertThat(flag.ackRequired()).isTrue();
    }

    @Test
    void acceptsBytesAsWellAsText() {
        byte[] bytes = Hj212Samples.EXAMPLE.getBytes(StandardCharsets.US_ASCII);

        assertThat(parser.parse(bytes, Hj212Compatibility.STRICT))
                .isEqualTo(parser.parse(Hj212Samples.EXAMPLE, Hj212Compatibility.STRICT));
    }

    /** domain.md §8.2: compare the CRC case-insensitively on receive; lowercase needs no deviation. */
    @Test
    void acceptsALowercaseCrcUnderStrict() {
        String lowercase = Hj212Samples.EXAMPLE.replace("1C80\r\n", "1c80\r\n");

        assertThat(accepted(parser.parse(lowercase, Hj212Compatibility.STRICT)).deviations()).isEmpty();
    }

    @Test
    void readsAHandWrittenRealTimeUpload() {
        Hj212Frame frame = accepted(parser.parse(Hj212Samples.frame(Hj212Samples.REAL_TIME_SEGMENT),
                Hj212Compatibility.STRICT)).frame();

        assertThat(frame.cn()).isEqualTo(Hj212Commands.REAL_TIME_DATA);
        assertThat(frame.cp().dataTime()).isEqualTo(LocalDateTime.of(2024, 3, 15, 10, 30, 0));
        assertThat(frame.cp().items()).containsOnlyKeys("a21026", "a05001", "a21002", "a19001", "a01013");
        Hj212Item so2 = frame.cp().item("a21026").orElseThrow();
        assertThat(so2.value(Hj212Measure.RTD)).contains(new BigDecimal("35.2"));
        assertThat(so2.value(Hj212Measure.ZS_RTD)).contains(new BigDecimal("40.10"));
        assertThat(so2.value(Hj212Measure.AVG)).isEmpty();
        assertThat(so2.validity()).contains(Hj212DataFlag.Validity.VALID);
        assertThat(so2.pollutant().orElseThrow().chineseName()).isEqualTo("二氧化硫");
        assertThat(frame.cp().item("a05001").orElseThrow().value(Hj212Measure.RTD))
                .contains(new BigDecimal("152340.5"));
        assertThat(frame.cp().item("a21002").orElseThrow().validity()).contains(Hj212DataFlag.Validity.FLAGGED);
        assertThat(frame.cp().item("a19001").orElseThrow().validity()).contains(Hj212DataFlag.Validity.INVALID);
        assertThat(frame.cp().item("a01013").orElseThrow().value(Hj212Measure.RTD))
                .contains(new BigDecimal("-0.120"));
    }

    @Test
    void keepsOtherSuffixesAndItemsWithoutAFlag() {
        String segment = Hj212Samples.exampleWith("CN", "2011").replace("CP=&&RtdInterval=30&&",
                "CP=&&DataTime=20160801085800;a21026-Rtd=1.5,a21026-SampleTime=20160801085700;a19001-Avg=9&&");

        Hj212Cp cp = accepted(parser.parse(Hj212Samples.frame(segment), null)).frame().cp();

        assertThat(cp.item("a21026").orElseThrow().extras()).containsEntry("SampleTime", "20160801085700");
        assertThat(cp.item("a19001").orElseThrow().flag()).isNull();
        assertThat(cp.item("a19001").orElseThrow().validity()).isEmpty();
    }

    /** Flag=7: version 1, split packet, ack: PNUM/PNO give the packet's place. */
    @Test
    void readsASplitPacket() {
        String segment = Hj212Samples.exampleWith("Flag", "7;PNUM=3;PNO=2");

        Hj212Frame frame = accepted(parser.parse(Hj212Samples.frame(segment), null)).frame();

        assertThat(frame.flag().splitPacket()).isTrue();
        assertThat(frame.split()).isEqualTo(new Hj212PacketSplit(3, 2));
    }

    @Test
    void acceptsAnEmptyCp() {
        String segment = Hj212Samples.EXAMPLE_SEGMENT.replace("CP=&&RtdInterval=30&&", "CP=&&&&");

        assertThat(accepted(parser.parse(Hj212Samples.frame(segment), null)).frame().cp()).isEqualTo(Hj212Cp.EMPTY);
    }

    @Test
    void acceptsAFrameOfExactlyTheConfiguredLimit() {
        Hj212Parser tight = new Hj212Parser(Hj212Samples.EXAMPLE.length());

        assertThat(tight.parse(Hj212Samples.EXAMPLE, null).isAccepted()).isTrue();
    }

    static Hj212ParseResult.Accepted accepted(Hj212ParseResult result) {
        assertThat(result).as("%s", result).isInstanceOf(Hj212ParseResult.Accepted.class);
        return (Hj212ParseResult.Accepted) result;
    }
}
