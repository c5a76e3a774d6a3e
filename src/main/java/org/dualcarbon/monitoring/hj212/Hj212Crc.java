package org.dualcarbon.monitoring.hj212;

import java.nio.charset.StandardCharsets;

/**
 * Check codes of HJ 212 frames.
 *
 * <p>{@link #hj212(byte[])} is the standard's own CRC (domain.md §8.2, {@code [verified]}: it reproduces {@code 1C80}
 * for the published example). It is <em>not</em> CRC-16/MODBUS: each byte is folded in with
 * {@code crc = (crc >> 8) ^ b} where MODBUS does {@code crc ^= b}. {@link #modbus(byte[])} is the standard
 * CRC-16/MODBUS (init 0xFFFF, reflected polynomial 0xA001, check value 0x4B37 for "123456789" per the CRC
 * catalogue), kept only to recognise field devices that send it (see {@link Hj212Deviation#MODBUS_CRC}).
 */
public final class Hj212Crc {

    /** Start value of the register, domain.md §8.2. */
    private static final int INITIAL = 0xFFFF;
    /** Reflected form of polynomial 0x8005, domain.md §8.2 (shared with CRC-16/MODBUS). */
    private static final int POLYNOMIAL_REFLECTED = 0xA001;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Hj212Crc() {
    }

    /** The HJ 212 CRC of a data segment (from {@code QN=} through the closing {@code &&}), domain.md §8.2. */
    public static int hj212(byte[] segment) {
        int crc = INITIAL;
        for (byte b : segment) {
            crc = shiftOut((crc >>> 8) ^ (b & 0xFF));
        }
        return crc;
    }

    /** The HJ 212 CRC of an ASCII data segment as 4 uppercase hex digits, as the frame carries it. */
    public static String hj212Hex(String segment) {
        return hex(hj212(segment.getBytes(StandardCharsets.US_ASCII)));
    }

    /** Standard CRC-16/MODBUS of the bytes, as a register value (most significant byte first when printed). */
    public static int modbus(byte[] data) {
        int crc = INITIAL;
        for (byte b : data) {
            crc = shiftOut(crc ^ (b & 0xFF));
        }
        return crc;
    }

    /** Exchanges the two bytes of a 16-bit check code: the order MODBUS RTU puts them on the wire (low byte first). */
    public static int swapBytes(int crc) {
        return ((crc & 0xFF) << 8) | ((crc >>> 8) & 0xFF);
    }

    /** Four uppercase hex digits, most significant first, no byte swap (domain.md §8.2). */
    public static String hex(int crc) {
        return new String(new char[] {HEX[(crc >>> 12) & 0xF], HEX[(crc >>> 8) & 0xF], HEX[(crc >>> 4) & 0xF],
                HEX[crc & 0xF]});
    }

    private static int shiftOut(int register) {
        int crc = register;
        for (int bit = 0; bit < 8; bit++) {
            crc = (crc & 1) != 0 ? (crc >>> 1) ^ POLYNOMIAL_REFLECTED : crc >>> 1;
        }
        return crc;
    }
}
