package org.dualcarbon.monitoring.hj212;

import java.nio.charset.StandardCharsets;

/**
 * Opens the frame around the data segment: {@code ## + DDDD + segment + CCCC + CR LF} (domain.md §8.1). Checks the
 * characters, the header, the length field against the segment, the terminator and the CRC (§8.2), and returns the
 * segment.
 */
final class Envelope {

    private static final String HEADER = "##";
    private static final String TERMINATOR = "\r\n";
    private static final int LENGTH_DIGITS = 4;
    private static final int CRC_DIGITS = 4;
    /** Where the data segment starts: after {@code ##} and the 4-digit length. */
    private static final int SEGMENT_START = HEADER.length() + LENGTH_DIGITS;

    private Envelope() {
    }

    static String open(String frame, DeviationRecorder deviations) throws FrameRejection {
        checkCharacters(frame);
        boolean terminated = frame.endsWith(TERMINATOR);
        int end = terminated ? frame.length() - TERMINATOR.length() : frame.length();
        int declared = declaredLength(frame, end);
        int actual = end - SEGMENT_START - CRC_DIGITS;
        if (actual < 0) {
            throw new FrameRejection(Hj212RejectionCode.TRUNCATED, "frame of " + frame.length()
                    + " characters ends before its CRC");
        }
        if (!terminated) {
            if (actual < declared) {
                throw new FrameRejection(Hj212RejectionCode.TRUNCATED, "length field declares " + declared
                        + " characters, only " + actual + " arrived before the CRC and no CR LF follows");
            }
            deviations.require(Hj212Deviation.MISSING_CRLF, Hj212RejectionCode.MISSING_CRLF,
                    "frame does not end with CR LF");
        }
        if (actual > Hj212Frame.MAX_SEGMENT_LENGTH) {
            throw new FrameRejection(Hj212RejectionCode.TOO_LARGE, "data segment of " + actual
                    + " characters exceeds the HJ 212 maximum of " + Hj212Frame.MAX_SEGMENT_LENGTH);
        }
        if (actual != declared) {
            throw new FrameRejection(Hj212RejectionCode.LENGTH_MISMATCH, "length field declares " + declared
                    + " characters, data segment has " + actual);
        }
        String segment = frame.substring(SEGMENT_START, SEGMENT_START + actual);
        checkCrc(segment, frame.substring(SEGMENT_START + actual, end), deviations);
        return segment;
    }

    /** Only printable ASCII, apart from the final CR LF (a lone final CR means the LF was cut off). */
    private static void checkCharacters(String frame) throws FrameRejection {
        int last = frame.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = frame.charAt(i);
            if (Syntax.isPrintableAscii(c) || (i == last - 1 && frame.endsWith(TERMINATOR))
                    || (i == last && c == '\n' && frame.endsWith(TERMINATOR))) {
                continue;
            }
            if (i == last && c == '\r') {
                throw new FrameRejection(Hj212RejectionCode.TRUNCATED, "frame ends with CR, the LF is missing");
            }
            String shown = c <= 0xFF ? String.format("0x%02X", (int) c) : String.format("U+%04X", (int) c);
            throw new FrameRejection(Hj212RejectionCode.INVALID_CHARACTER, shown + " at offset " + i
                    + " is not printable ASCII (HJ 212 frames are ASCII text)");
        }
    }

    private static int declaredLength(String frame, int end) throws FrameRejection {
        String start = frame.substring(0, Math.min(HEADER.length(), end));
        if (!HEADER.startsWith(start)) {
            throw new FrameRejection(Hj212RejectionCode.BAD_HEADER, "frame starts with '" + start
                    + "', expected '##'");
        }
        if (end < SEGMENT_START) {
            throw new FrameRejection(Hj212RejectionCode.TRUNCATED, "frame of " + frame.length()
                    + " characters ends inside the header");
        }
        String digits = frame.substring(HEADER.length(), SEGMENT_START);
        if (!Syntax.isDigits(digits, LENGTH_DIGITS)) {
            throw new FrameRejection(Hj212RejectionCode.BAD_LENGTH_FIELD, "'" + digits
                    + "' after ## is not a 4-digit decimal length");
        }
        return Integer.parseInt(digits);
    }

    private static void checkCrc(String segment, String received, DeviationRecorder deviations)
            throws FrameRejection {
        if (!Syntax.isHex(received, CRC_DIGITS)) {
            throw new FrameRejection(Hj212RejectionCode.BAD_CRC_FIELD, "'" + received
                    + "' after the data segment is not 4 hex digits");
        }
        byte[] bytes = segment.getBytes(StandardCharsets.US_ASCII);
        int expected = Hj212Crc.hj212(bytes);
        int got = Integer.parseInt(received, 16);
        if (got == expected) {
            return;
        }
        String mismatch = "expected " + Hj212Crc.hex(expected) + ", got " + received;
        int modbus = Hj212Crc.modbus(bytes);
        Hj212Deviation variant = matchingModbusVariant(got, modbus, deviations);
        if (variant == null) {
            throw new FrameRejection(Hj212RejectionCode.CRC_MISMATCH, mismatch);
        }
        String which = variant == Hj212Deviation.MODBUS_CRC ? "CRC-16/MODBUS" : "byte-swapped CRC-16/MODBUS";
        deviations.require(variant, Hj212RejectionCode.CRC_MISMATCH, mismatch + " (the " + which
                + " of the segment)");
    }

    /** Which MODBUS variant the received CRC is, preferring one the device is allowed; null if neither. */
    private static Hj212Deviation matchingModbusVariant(int got, int modbus, DeviationRecorder deviations) {
        boolean standard = got == modbus;
        boolean swapped = got == Hj212Crc.swapBytes(modbus);
        if (standard && (deviations.allows(Hj212Deviation.MODBUS_CRC) || !swapped)) {
            return Hj212Deviation.MODBUS_CRC;
        }
        return swapped ? Hj212Deviation.MODBUS_CRC_SWAPPED : null;
    }
}
