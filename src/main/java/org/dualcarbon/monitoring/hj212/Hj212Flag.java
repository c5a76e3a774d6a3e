package org.dualcarbon.monitoring.hj212;

/**
 * The Flag field (标志位), bits {@code V5..V0 D A} (domain.md §8.1; the bit layout is {@code [unverified]} there):
 * the protocol version in the top six bits (1 = HJ 212-2017), D = split packet (PNUM/PNO present), A = the sender
 * asks for an acknowledgement. Flag=4 is version 1 without ack, Flag=5 version 1 with ack.
 */
public record Hj212Flag(int value) {

    /** Version number of HJ 212-2017 in the Flag bits (domain.md §8.1). */
    public static final int VERSION_2017 = 1;

    private static final int SPLIT_BIT = 0b10;
    private static final int ACK_BIT = 0b01;

    public Hj212Flag {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("Flag must be 0..255, got " + value);
        }
    }

    public static Hj212Flag of(int version, boolean splitPacket, boolean ackRequired) {
        if (version < 0 || version > 63) {
            throw new IllegalArgumentException("Flag version must be 0..63, got " + version);
        }
        return new Hj212Flag((version << 2) | (splitPacket ? SPLIT_BIT : 0) | (ackRequired ? ACK_BIT : 0));
    }

    public int version() {
        return value >>> 2;
    }

    /** D bit: the frame is one of several packets, numbered by PNUM/PNO. */
    public boolean splitPacket() {
        return (value & SPLIT_BIT) != 0;
    }

    /** A bit: the receiver must answer (for uploads with a 9014 data response, {@link Hj212Replies}). */
    public boolean ackRequired() {
        return (value & ACK_BIT) != 0;
    }
}
