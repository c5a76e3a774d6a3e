package org.dualcarbon.monitoring.hj212;

import java.nio.charset.StandardCharsets;

/**
 * Parses one received HJ 212-2017 frame (domain.md §8.1, CRC §8.2) into an {@link Hj212ParseResult}: accepted, with
 * the deviations the device's {@link Hj212Compatibility} had to allow, or rejected with a
 * {@link Hj212RejectionCode} and a reason in Chinese and English. No input makes it throw. Pass the whole frame, from
 * {@code ##} through CR LF. Immutable and safe to share between threads.
 *
 * <p>Checks, in order: size (before anything else is read, so a huge input costs nothing), printable ASCII, header
 * {@code ##}, 4-digit length, CR LF, length = data-segment characters, CRC, fields QN ST CN PW MN Flag [PNUM PNO],
 * then CP.
 */
public final class Hj212Parser {

    /**
     * Default cap on a frame, 10 KB: above the largest frame HJ 212 allows (2 + 4 + 9999 + 4 + 2 = 10011 characters,
     * domain.md §8.1), so it only cuts off input that cannot be a frame.
     */
    public static final int DEFAULT_MAX_FRAME_BYTES = 10 * 1024;

    private final int maxFrameBytes;

    public Hj212Parser() {
        this(DEFAULT_MAX_FRAME_BYTES);
    }

    /** @param maxFrameBytes frames longer than this are rejected as {@link Hj212RejectionCode#TOO_LARGE} unread */
    public Hj212Parser(int maxFrameBytes) {
        if (maxFrameBytes < 1) {
            throw new IllegalArgumentException("maxFrameBytes must be positive, got " + maxFrameBytes);
        }
        this.maxFrameBytes = maxFrameBytes;
    }

    /** Parses the bytes as received (ASCII). A null compatibility counts as {@link Hj212Compatibility#STRICT}. */
    public Hj212ParseResult parse(byte[] frame, Hj212Compatibility compatibility) {
        if (frame == null || frame.length == 0) {
            return empty();
        }
        if (frame.length > maxFrameBytes) {
            return tooLarge(frame.length);
        }
        // ISO-8859-1 maps each byte to one char, so a non-ASCII byte is reported as itself
        return parseText(new String(frame, StandardCharsets.ISO_8859_1), compatibility);
    }

    /** Parses a frame already held as text. A null compatibility counts as {@link Hj212Compatibility#STRICT}. */
    public Hj212ParseResult parse(String frame, Hj212Compatibility compatibility) {
        if (frame == null || frame.isEmpty()) {
            return empty();
        }
        if (frame.length() > maxFrameBytes) {
            return tooLarge(frame.length());
        }
        return parseText(frame, compatibility);
    }

    public int maxFrameBytes() {
        return maxFrameBytes;
    }

    private static Hj212ParseResult parseText(String frame, Hj212Compatibility compatibility) {
        DeviationRecorder deviations = new DeviationRecorder(
                compatibility == null ? Hj212Compatibility.STRICT : compatibility);
        try {
            String segment = Envelope.open(frame, deviations);
            return new Hj212ParseResult.Accepted(SegmentParser.parse(segment, deviations), deviations.used());
        } catch (FrameRejection rejection) {
            return rejection.toResult();
        }
    }

    private static Hj212ParseResult empty() {
        return Hj212ParseResult.Rejected.of(Hj212RejectionCode.TRUNCATED, "empty input", null);
    }

    private Hj212ParseResult tooLarge(int length) {
        return Hj212ParseResult.Rejected.of(Hj212RejectionCode.TOO_LARGE, length + " bytes exceed the limit of "
                + maxFrameBytes + " per frame", null);
    }
}
