package org.dualcarbon.monitoring.hj212;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Random;
import org.dualcarbon.monitoring.hj212.Hj212ParseResult.Accepted;
import org.junit.jupiter.api.Test;

/**
 * Encoder and parser agree: what one writes the other reads back to an equal frame. The random cases are
 * property-style over fixed seeds (reproducible; the seed is in every failure message).
 */
class Hj212RoundTripTest {

    private static final int CASES = 2_000;

    private final Hj212Parser parser = new Hj212Parser();
    private final Hj212Encoder encoder = new Hj212Encoder();

    @Test
    void reEncodingThePublishedExampleGivesItBackExactly() {
        Hj212Frame frame = Hj212ParserTest.accepted(parser.parse(Hj212Samples.EXAMPLE, null)).frame();

        assertThat(encoder.encode(frame)).isEqualTo(Hj212Samples.EXAMPLE);
        assertThat(Hj212Encoder.dataSegment(frame)).isEqualTo(Hj212Samples.EXAMPLE_SEGMENT);
    }

    @Test
    void aRealTimeFrameBuiltWithTheEncoderParsesBackEqual() {
        Hj212Frame frame = Hj212Samples.realTimeFrame();

        String wire = encoder.encode(frame);
        Accepted accepted = Hj212ParserTest.accepted(parser.parse(wire, Hj212Compatibility.STRICT));

        assertThat(wire).startsWith("##").endsWith("\r\n").contains(";CN=2011;")
                .contains(";a21026-Rtd=35.2,a21026-ZsRtd=40.10,a21026-Flag=N;")
                .contains(";a01013-Rtd=-0.120,a01013-Flag=B&&");
        assertThat(accepted.deviations()).isEmpty();
        assertThat(accepted.frame()).isEqualTo(frame);
        Hj212Cp cp = accepted.frame().cp();
        assertThat(cp.item("a05001").orElseThrow().value(Hj212Measure.RTD)).contains(new BigDecimal("152340.5"));
        assertThat(cp.item("a00000").orElseThrow().value(Hj212Measure.COU)).contains(new BigDecimal("220500"));
        assertThat(cp.item("a21002").orElseThrow().flag()).isEqualTo(Hj212DataFlag.T);
        assertThat(cp.item("a19001").orElseThrow().flag().isValid()).isFalse();
    }

    @Test
    void theHandWrittenRealTimeSegmentEncodesBackToItself() {
        String wire = Hj212Samples.frame(Hj212Samples.REAL_TIME_SEGMENT);

        Hj212Frame frame = Hj212ParserTest.accepted(parser.parse(wire, null)).frame();

        assertThat(encoder.encode(frame)).isEqualTo(wire);
    }

    @Test
    void randomFramesRoundTrip() {
        for (long seed = 1; seed <= CASES; seed++) {
            Hj212Frame frame = Hj212Samples.randomFrame(new Random(seed), false);

            Hj212ParseResult result = parser.parse(encoder.encodeBytes(frame), Hj212Compatibility.STRICT);

            assertThat(result).as("seed %d: %s", seed, result).isInstanceOf(Accepted.class);
            Accepted accepted = (Accepted) result;
            assertThat(accepted.frame()).as("seed %d", seed).isEqualTo(frame);
            assertThat(accepted.deviations()).as("seed %d", seed).isEmpty();
        }
    }

    /** Random frames with unknown codes and random wire deviations: accepted when allowed, listing what was used. */
    @Test
    void randomDeviatingFramesRoundTripAndListTheirDeviations() {
        Hj212Deviation[] wire = {null, Hj212Deviation.MODBUS_CRC, Hj212Deviation.MODBUS_CRC_SWAPPED};
        Hj212Compatibility all = new Hj212Compatibility(EnumSet.allOf(Hj212Deviation.class));
        for (long seed = 1; seed <= CASES; seed++) {
            Random random = new Random(seed);
            Hj212Frame frame = Hj212Samples.randomFrame(random, true);
            Hj212Deviation crc = wire[random.nextInt(wire.length)];
            boolean noCrlf = random.nextBoolean();
            String encoded = emulating(crc, noCrlf).encode(frame);

            Accepted accepted = (Accepted) parser.parse(encoded, all);

            assertThat(accepted.frame()).as("seed %d", seed).isEqualTo(frame);
            assertThat(accepted.deviations()).as("seed %d", seed)
                    .isEqualTo(expectedDeviations(frame, encoded, crc, noCrlf));
        }
    }

    /** Arbitrary damage to valid frames never makes the parser throw; every result is a verdict. */
    @Test
    void damagedFramesNeverThrow() {
        Hj212Compatibility all = new Hj212Compatibility(EnumSet.allOf(Hj212Deviation.class));
        for (long seed = 1; seed <= CASES; seed++) {
            Random random = new Random(seed);
            byte[] bytes = encoder.encodeBytes(Hj212Samples.randomFrame(random, random.nextBoolean()));
            byte[] damaged = damage(bytes, random);

            for (Hj212Compatibility compatibility : new Hj212Compatibility[] {Hj212Compatibility.STRICT, all}) {
                Hj212ParseResult result = parser.parse(damaged, compatibility);
                assertThat(result).as("seed %d", seed).isNotNull();
                if (result instanceof Hj212ParseResult.Rejected rejected) {
                    assertThat(rejected.reason()).as("seed %d", seed).startsWith(rejected.code().chineseLabel());
                }
            }
        }
    }

    /** Every proper prefix of a frame is incomplete, so STRICT rejects each one. */
    @Test
    void everyPrefixIsRejected() {
        String wire = encoder.encode(Hj212Samples.realTimeFrame());
        for (int length = 0; length < wire.length(); length++) {
            assertThat(parser.parse(wire.substring(0, length), Hj212Compatibility.STRICT).isAccepted())
                    .as("prefix of %d characters", length).isFalse();
        }
    }

    private static Hj212Encoder emulating(Hj212Deviation crc, boolean noCrlf) {
        EnumSet<Hj212Deviation> emulated = EnumSet.noneOf(Hj212Deviation.class);
        if (crc != null) {
            emulated.add(crc);
        }
        if (noCrlf) {
            emulated.add(Hj212Deviation.MISSING_CRLF);
        }
        return Hj212Encoder.emulating(emulated.toArray(Hj212Deviation[]::new));
    }

    private static EnumSet<Hj212Deviation> expectedDeviations(Hj212Frame frame, String encoded, Hj212Deviation crc,
                                                              boolean noCrlf) {
        EnumSet<Hj212Deviation> expected = EnumSet.noneOf(Hj212Deviation.class);
        String segment = Hj212Encoder.dataSegment(frame);
        // a MODBUS CRC that happens to equal the HJ 212 CRC of this segment needs no deviation
        String sentCrc = encoded.substring(6 + segment.length(), 10 + segment.length());
        if (crc != null && !sentCrc.equals(Hj212Crc.hj212Hex(segment))) {
            int modbus = Hj212Crc.modbus(segment.getBytes(StandardCharsets.US_ASCII));
            // both variants print alike when the two bytes are equal; the parser then names the standard one
            expected.add(Hj212Crc.swapBytes(modbus) == modbus ? Hj212Deviation.MODBUS_CRC : crc);
        }
        if (noCrlf) {
            expected.add(Hj212Deviation.MISSING_CRLF);
        }
        if (!frame.cp().unknownCodes().isEmpty()) {
            expected.add(Hj212Deviation.UNKNOWN_CODES_ALLOWED);
        }
        return expected;
    }

    private static byte[] damage(byte[] bytes, Random random) {
        byte[] copy = bytes.clone();
        switch (random.nextInt(4)) {
            case 0 -> copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
            case 1 -> copy[random.nextInt(copy.length)] = (byte) (32 + random.nextInt(95));
            case 2 -> {
                return java.util.Arrays.copyOf(copy, random.nextInt(copy.length));
            }
            default -> {
                int from = random.nextInt(copy.length);
                int to = random.nextInt(copy.length);
                copy[to] = copy[from];
            }
        }
        return copy;
    }
}
