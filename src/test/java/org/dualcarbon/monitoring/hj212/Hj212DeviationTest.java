package org.dualcarbon.monitoring.hj212;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dualcarbon.monitoring.hj212.Hj212Deviation.LOCAL_TIME_WITHOUT_MS;
import static org.dualcarbon.monitoring.hj212.Hj212Deviation.MISSING_CRLF;
import static org.dualcarbon.monitoring.hj212.Hj212Deviation.MODBUS_CRC;
import static org.dualcarbon.monitoring.hj212.Hj212Deviation.MODBUS_CRC_SWAPPED;
import static org.dualcarbon.monitoring.hj212.Hj212Deviation.UNKNOWN_CODES_ALLOWED;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dualcarbon.monitoring.hj212.Hj212ParseResult.Accepted;
import org.dualcarbon.monitoring.hj212.Hj212ParseResult.Rejected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each deviation: accepted and listed when the device is allowed it, rejected with the remedy under STRICT. */
class Hj212DeviationTest {

    private static final String SEGMENT = Hj212Samples.EXAMPLE_SEGMENT;

    private final Hj212Parser parser = new Hj212Parser();

    static Stream<Arguments> deviatingFrames() {
        return Stream.of(
                // CRC-16/MODBUS of the example segment is 0759 (Hj212CrcTest)
                deviation(MODBUS_CRC, "##0101" + SEGMENT + "0759\r\n", Hj212RejectionCode.CRC_MISMATCH,
                        "expected 1C80, got 0759 (the CRC-16/MODBUS of the segment)"),
                deviation(MODBUS_CRC_SWAPPED, "##0101" + SEGMENT + "5907\r\n", Hj212RejectionCode.CRC_MISMATCH,
                        "expected 1C80, got 5907 (the byte-swapped CRC-16/MODBUS of the segment)"),
                deviation(MISSING_CRLF, "##0101" + SEGMENT + "1C80", Hj212RejectionCode.MISSING_CRLF,
                        "frame does not end with CR LF"),
                deviation(LOCAL_TIME_WITHOUT_MS, Hj212Samples.frame(Hj212Samples.exampleWith("QN", "20160801085857")),
                        Hj212RejectionCode.INVALID_FIELD, "QN '20160801085857' has 14 digits"),
                deviation(UNKNOWN_CODES_ALLOWED, Hj212Samples.frame(SEGMENT.replace("CP=&&RtdInterval=30&&",
                        "CP=&&DataTime=20160801085800;w01018-Rtd=50.0,w01018-Flag=N;a21026-Rtd=3&&")),
                        Hj212RejectionCode.UNKNOWN_CODE, "codes [w01018] are not in the code table"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deviatingFrames")
    void rejectedUnderStrictWithTheDeviationAsRemedy(Hj212Deviation deviation, String frame,
                                                     Hj212RejectionCode code, String detail) {
        Rejected rejected = Hj212RejectionTest.rejected(parser.parse(frame, Hj212Compatibility.STRICT));

        assertThat(rejected.code()).isEqualTo(code);
        assertThat(rejected.reason()).contains(detail).endsWith("; accepted only with deviation " + deviation);
        assertThat(rejected.remedy()).contains(deviation);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deviatingFrames")
    void acceptedAndListedWhenAllowed(Hj212Deviation deviation, String frame) {
        Accepted accepted = Hj212ParserTest.accepted(parser.parse(frame, Hj212Compatibility.allowing(deviation)));

        assertThat(accepted.deviations()).containsExactly(deviation);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deviatingFrames")
    void stillRejectedWhenOnlyOtherDeviationsAreAllowed(Hj212Deviation deviation, String frame,
                                                        Hj212RejectionCode code) {
        EnumSet<Hj212Deviation> others = EnumSet.complementOf(EnumSet.of(deviation));

        Hj212ParseResult result = parser.parse(frame, new Hj212Compatibility(others));

        assertThat(Hj212RejectionTest.rejected(result).code()).isEqualTo(code);
    }

    @Test
    void everyDeviationIsCovered() {
        Set<Hj212Deviation> covered = deviatingFrames().map(a -> (Hj212Deviation) a.get()[0])
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Hj212Deviation.class)));

        assertThat(covered).containsExactlyInAnyOrder(Hj212Deviation.values());
    }

    @Test
    void aConformingFrameNeedsNoDeviationEvenWhenAllAreAllowed() {
        Hj212Compatibility all = new Hj212Compatibility(EnumSet.allOf(Hj212Deviation.class));

        assertThat(Hj212ParserTest.accepted(parser.parse(Hj212Samples.EXAMPLE, all)).deviations()).isEmpty();
    }

    @Test
    void aFrameNeedingTwoDeviationsListsBoth() {
        String frame = "##0101" + SEGMENT + "0759";

        assertThat(Hj212RejectionTest.rejected(parser.parse(frame, Hj212Compatibility.allowing(MODBUS_CRC))).code())
                .isEqualTo(Hj212RejectionCode.MISSING_CRLF);
        assertThat(Hj212ParserTest.accepted(parser.parse(frame, Hj212Compatibility.allowing(MODBUS_CRC,
                MISSING_CRLF))).deviations()).containsExactly(MODBUS_CRC, MISSING_CRLF);
    }

    @Test
    void anUnknownCodeIsKeptAndMarkedUnknown() {
        String frame = (String) deviatingFrames().filter(a -> a.get()[0] == UNKNOWN_CODES_ALLOWED).findFirst()
                .orElseThrow().get()[1];

        Hj212Cp cp = Hj212ParserTest.accepted(parser.parse(frame, Hj212Compatibility.allowing(UNKNOWN_CODES_ALLOWED)))
                .frame().cp();

        assertThat(cp.unknownCodes()).containsExactly("w01018");
        Hj212Item cod = cp.item("w01018").orElseThrow();
        assertThat(cod.isKnown()).isFalse();
        assertThat(cod.pollutant()).isEmpty();
        assertThat(cod.value(Hj212Measure.RTD)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("50"));
        assertThat(cod.flag()).isEqualTo(Hj212DataFlag.N);
        assertThat(cp.item("a21026").orElseThrow().isKnown()).isTrue();
    }

    /** A 14-digit QN is read as local time with zero milliseconds. */
    @Test
    void aQnWithoutMillisecondsReadsAsWholeSeconds() {
        String frame = Hj212Samples.frame(Hj212Samples.exampleWith("QN", "20160801085857"));

        Hj212Frame parsed = Hj212ParserTest.accepted(parser.parse(frame,
                Hj212Compatibility.allowing(LOCAL_TIME_WITHOUT_MS))).frame();

        assertThat(parsed.qn()).isEqualTo("20160801085857");
        assertThat(parsed.qnTime()).isEqualTo(java.time.LocalDateTime.of(2016, 8, 1, 8, 58, 57));
    }

    /** MISSING_CRLF does not excuse a frame that was cut off: fewer characters than declared stay TRUNCATED. */
    @Test
    void missingCrlfDoesNotExcuseATruncatedFrame() {
        String cut = Hj212Samples.EXAMPLE.substring(0, 80);

        Rejected rejected = Hj212RejectionTest.rejected(parser.parse(cut, Hj212Compatibility.allowing(MISSING_CRLF)));

        assertThat(rejected.code()).isEqualTo(Hj212RejectionCode.TRUNCATED);
    }

    @Test
    void modbusFramesFromTheEmulatingEncoderNeedTheirDeviation() {
        Hj212Frame frame = Hj212Samples.realTimeFrame();
        for (Hj212Deviation deviation : Set.of(MODBUS_CRC, MODBUS_CRC_SWAPPED, MISSING_CRLF)) {
            String wire = Hj212Encoder.emulating(deviation).encode(frame);

            assertThat(parser.parse(wire, Hj212Compatibility.STRICT).isAccepted()).as("%s", deviation).isFalse();
            Accepted accepted = Hj212ParserTest.accepted(parser.parse(wire, Hj212Compatibility.allowing(deviation)));
            assertThat(accepted.deviations()).containsExactly(deviation);
            assertThat(accepted.frame()).isEqualTo(frame);
        }
    }

    private static Arguments deviation(Hj212Deviation deviation, String frame, Hj212RejectionCode code,
                                       String detail) {
        return Arguments.of(deviation, frame, code, detail);
    }
}
