package org.dualcarbon.monitoring.hj212;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dualcarbon.monitoring.hj212.Hj212RejectionCode.BAD_CRC_FIELD;
import static org.dualcarbon.monitoring.hj212.Hj212RejectionCode.BAD_HEADER;
import static org.dualcarbon.monitoring.hj212.Hj212RejectionCode.BAD_LENGTH_FIELD;
import static org.dualcarbon.monitoring.hj212.Hj212RejectionCode.CRC_MISMATCH;
import static org.dualcarbon.monitoring.hj212.Hj212RejectionCode.INVALID_CHARACTER;
import static org.dualcarbon.monitoring.hj212.Hj212RejectionCode.INVALID_CP;
import static org.dualcarbon.monitoring.hj212.Hj212RejectionCode.INVALID_FIELD;
import static org.dualcarbon.monitoring.hj212.Hj212RejectionCode.LENGTH_MISMATCH;
import static org.dualcarbon.monitoring.hj212.Hj212RejectionCode.MALFORMED_SEGMENT;
import static org.dualcarbon.monitoring.hj212.Hj212RejectionCode.MISSING_CRLF;
import static org.dualcarbon.monitoring.hj212.Hj212RejectionCode.MISSING_FIELD;
import static org.dualcarbon.monitoring.hj212.Hj212RejectionCode.TOO_LARGE;
import static org.dualcarbon.monitoring.hj212.Hj212RejectionCode.TRUNCATED;
import static org.dualcarbon.monitoring.hj212.Hj212RejectionCode.UNKNOWN_CODE;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dualcarbon.monitoring.hj212.Hj212ParseResult.Rejected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rejection code, from inputs that reach it, under STRICT; the reason is bilingual and names the detail. */
class Hj212RejectionTest {

    private static final String EXAMPLE = Hj212Samples.EXAMPLE;
    private static final String SEGMENT = Hj212Samples.EXAMPLE_SEGMENT;
    private static final String CP = "CP=&&RtdInterval=30&&";

    private final Hj212Parser parser = new Hj212Parser();

    static Stream<Arguments> rejectedFrames() {
        return Stream.of(
                reject(TRUNCATED, "", "empty input"),
                reject(TRUNCATED, "#", "ends inside the header"),
                reject(TRUNCATED, "##01", "ends inside the header"),
                reject(TRUNCATED, "##010\r\n", "ends inside the header"),
                reject(TRUNCATED, "##0101QN\r\n", "ends before its CRC"),
                reject(TRUNCATED, EXAMPLE.substring(0, 60), "only 50 arrived"),
                reject(TRUNCATED, EXAMPLE.substring(0, EXAMPLE.length() - 1), "the LF is missing"),
                reject(INVALID_CHARACTER, EXAMPLE.replace("MN=0100", "MN=\u0000100"), "0x00 at offset 54"),
                reject(INVALID_CHARACTER, EXAMPLE.replace("\r\n", "\n"), "0x0A"),
                reject(INVALID_CHARACTER, EXAMPLE.replace("PW=100000", "PW=\u53e3\u4ee4"), "U+53E3"),
                reject(INVALID_CHARACTER, EXAMPLE.replace("&&1C80", "&&\r\n1C80"), "0x0D"),
                reject(BAD_HEADER, "$$0101" + SEGMENT + "1C80\r\n", "starts with '$$'"),
                reject(BAD_HEADER, "QN=2016", "starts with 'QN'"),
                reject(BAD_LENGTH_FIELD, "##01a1" + SEGMENT + "1C80\r\n", "'01a1'"),
                reject(BAD_LENGTH_FIELD, "##-101" + SEGMENT + "1C80\r\n", "'-101'"),
                reject(LENGTH_MISMATCH, "##0102" + SEGMENT + "1C80\r\n",
                        "declares 102 characters, data segment has 101"),
                reject(LENGTH_MISMATCH, "##0100" + SEGMENT + "1C80\r\n", "declares 100"),
                reject(MISSING_CRLF, EXAMPLE.substring(0, EXAMPLE.length() - 2), "does not end with CR LF"),
                reject(BAD_CRC_FIELD, "##0101" + SEGMENT + "1C8G\r\n", "'1C8G'"),
                reject(CRC_MISMATCH, "##0101" + SEGMENT + "1C81\r\n", "expected 1C80, got 1C81"),
                reject(MALFORMED_SEGMENT, frameWith(SEGMENT.replace("ST=32;", "ST=32;XX=1;")), "'XX=1'"),
                reject(MALFORMED_SEGMENT, frameWith(SEGMENT.replace("ST=32;", "ST=32;ST=32;")), "ST appears twice"),
                reject(MALFORMED_SEGMENT, frameWith(SEGMENT.replace("ST=32;", "ST=32;;")), "''"),
                reject(MALFORMED_SEGMENT, frameWith(SEGMENT.replace("ST=32;", "=32;")), "'=32'"),
                reject(MISSING_FIELD, frameWith(SEGMENT.replace("MN=010000A8900016F000169DC0;", "")), "[MN]"),
                reject(MISSING_FIELD, frameWith(SEGMENT.replace(";" + CP, "")), "[CP]"),
                reject(MISSING_FIELD, frameWith("Flag=4;CP=&&&&"), "[QN, ST, CN, PW, MN]"),
                reject(MISSING_FIELD, frameWith(Hj212Samples.exampleWith("Flag", "7")), "PNUM and PNO"),
                reject(INVALID_FIELD, exampleWith("QN", "20161301085857223"), "QN='20161301085857223'"),
                reject(INVALID_FIELD, exampleWith("QN", "2016080108585722"), "QN='2016080108585722'"),
                reject(INVALID_FIELD, exampleWith("ST", "3a"), "ST='3a' is not 2 digits"),
                reject(INVALID_FIELD, exampleWith("CN", "10620"), "CN='10620' is not 4 digits"),
                reject(INVALID_FIELD, exampleWith("PW", ""), "PW=''"),
                reject(INVALID_FIELD, exampleWith("MN", "A&B"), "MN='A&B'"),
                reject(INVALID_FIELD, exampleWith("Flag", "256"), "Flag='256' is not a number 0..255"),
                reject(INVALID_FIELD, exampleWith("Flag", "x"), "Flag='x'"),
                reject(INVALID_FIELD, exampleWith("Flag", "7;PNUM=2;PNO=3"), "1 <= PNO <= PNUM"),
                reject(INVALID_FIELD, exampleWith("Flag", "5;PNUM=2;PNO=1"), "D bit (split packet) is not set"),
                reject(INVALID_CP, exampleWithCp("CP=&RtdInterval=30&&"), "wrapped as &&"),
                reject(INVALID_CP, exampleWithCp("CP=&&"), "wrapped as &&"),
                reject(INVALID_CP, exampleWithCp("CP=&&a21026-Rtd=abc&&"), "a21026-Rtd='abc'"),
                reject(INVALID_CP, exampleWithCp("CP=&&a21026-Rtd=1E5&&"), "not a plain decimal"),
                reject(INVALID_CP, exampleWithCp("CP=&&a21026-Flag=X&&"), "a21026-Flag='X'"),
                reject(INVALID_CP, exampleWithCp("CP=&&a21026-Flag=n&&"), "a21026-Flag='n'"),
                reject(INVALID_CP, exampleWithCp("CP=&&DataTime=20160230120000&&"), "DataTime='20160230120000'"),
                reject(INVALID_CP, exampleWithCp("CP=&&a21026-Rtd=1;a21026-Rtd=2&&"), "a21026-Rtd appears twice"),
                reject(INVALID_CP, exampleWithCp("CP=&&RtdInterval=30;&&"), "''"),
                reject(INVALID_CP, exampleWithCp("CP=&&RtdInterval&&"), "'RtdInterval'"),
                reject(INVALID_CP, exampleWithCp("CP=&&RtdInterval=&&"), "RtdInterval has an empty value"),
                reject(INVALID_CP, exampleWithCp("CP=&&a=b=c&&"), "'a=b=c'"),
                reject(INVALID_CP, exampleWithCp("CP=&&-Rtd=1&&"), "'-Rtd'"),
                reject(INVALID_CP, exampleWithCp("CP=&&a21026&&Rtd=1&&"), "'a21026&&Rtd=1'"),
                reject(UNKNOWN_CODE, exampleWithCp("CP=&&w01018-Rtd=50.0,w01018-Flag=N&&"), "[w01018]"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("rejectedFrames")
    void rejectsWithCodeAndReason(Hj212RejectionCode code, String frame, String detail) {
        Rejected rejected = rejected(parser.parse(frame, Hj212Compatibility.STRICT));

        assertThat(rejected.code()).isEqualTo(code);
        assertThat(rejected.reason()).startsWith(code.chineseLabel() + " / " + code.englishLabel() + ": ")
                .contains(detail);
    }

    @Test
    void everyRejectionCodeIsCovered() {
        Set<Hj212RejectionCode> covered = rejectedFrames().map(a -> (Hj212RejectionCode) a.get()[0])
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Hj212RejectionCode.class)));
        covered.add(TOO_LARGE); // the tests below

        assertThat(covered).containsExactlyInAnyOrder(Hj212RejectionCode.values());
    }

    /** The brief's example reason, word for word. */
    @Test
    void crcMismatchReadsInBothLanguages() {
        Rejected rejected = rejected(parser.parse("##0101" + SEGMENT + "1C81\r\n", Hj212Compatibility.STRICT));

        assertThat(rejected.reason()).isEqualTo("CRC校验失败 / CRC mismatch: expected 1C80, got 1C81");
        assertThat(rejected.remedy()).isEmpty();
    }

    /**
     * 10 MB is rejected by its size alone: the bytes are all 0xFF, so any parser that read them first would answer
     * INVALID_CHARACTER instead.
     */
    @Test
    void rejectsTenMegabytesUnread() {
        byte[] huge = new byte[10 * 1024 * 1024];
        Arrays.fill(huge, (byte) 0xFF);

        Rejected rejected = rejected(parser.parse(huge, Hj212Compatibility.STRICT));

        assertThat(rejected.code()).isEqualTo(TOO_LARGE);
        assertThat(rejected.reason()).contains("10485760 bytes exceed the limit of 10240");
        assertThat(rejected(parser.parse(new String(huge, StandardCharsets.ISO_8859_1), null)).code())
                .isEqualTo(TOO_LARGE);
    }

    @Test
    void rejectsOneByteOverTheLimit() {
        Hj212Parser tight = new Hj212Parser(Hj212Samples.EXAMPLE.length() - 1);

        assertThat(rejected(tight.parse(Hj212Samples.EXAMPLE, null)).code()).isEqualTo(TOO_LARGE);
    }

    /** domain.md §8.1: 4 length digits cap the segment at 9999, whatever limit the parser is given. */
    @Test
    void rejectsASegmentOverTheHj212MaximumEvenUnderAGenerousLimit() {
        String segment = SEGMENT.replace("CP=&&RtdInterval=30&&", "CP=&&RtdInterval=" + "3".repeat(9_919) + "&&");
        String frame = "##9999" + segment + Hj212Crc.hj212Hex(segment) + "\r\n";

        Rejected rejected = rejected(new Hj212Parser(20_000).parse(frame, null));

        assertThat(rejected.code()).isEqualTo(TOO_LARGE);
        assertThat(rejected.reason()).contains("data segment of 10018 characters exceeds the HJ 212 maximum of 9999");
    }

    @Test
    void nullInputIsRejectedNotThrown() {
        assertThat(rejected(parser.parse((byte[]) null, null)).code()).isEqualTo(TRUNCATED);
        assertThat(rejected(parser.parse((String) null, null)).code()).isEqualTo(TRUNCATED);
    }

    @Test
    void rejectsNonUtf8Bytes() {
        byte[] frame = Hj212Samples.EXAMPLE.getBytes(StandardCharsets.US_ASCII);
        frame[30] = (byte) 0xC3; // a UTF-8 lead byte with no continuation

        Rejected rejected = rejected(parser.parse(frame, null));

        assertThat(rejected.code()).isEqualTo(INVALID_CHARACTER);
        assertThat(rejected.reason()).contains("0xC3 at offset 30");
    }

    private static Arguments reject(Hj212RejectionCode code, String frame, String detail) {
        return Arguments.of(code, frame, detail);
    }

    private static String frameWith(String segment) {
        return Hj212Samples.frame(segment);
    }

    private static String exampleWith(String key, String value) {
        return Hj212Samples.frame(Hj212Samples.exampleWith(key, value));
    }

    private static String exampleWithCp(String cp) {
        return Hj212Samples.frame(SEGMENT.replace(CP, cp));
    }

    static Rejected rejected(Hj212ParseResult result) {
        assertThat(result).as("%s", result).isInstanceOf(Rejected.class);
        return (Rejected) result;
    }
}
