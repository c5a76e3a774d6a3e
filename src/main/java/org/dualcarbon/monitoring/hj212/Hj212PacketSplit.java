package org.dualcarbon.monitoring.hj212;

/**
 * Where a split packet belongs (分包, domain.md §8.1): {@code total} = PNUM, the number of packets, and {@code number}
 * = PNO, this packet's number counted from 1. Present exactly when the Flag D bit is set.
 */
public record Hj212PacketSplit(int total, int number) {

    public Hj212PacketSplit {
        if (total < 1 || number < 1 || number > total) {
            throw new IllegalArgumentException("need 1 <= PNO <= PNUM, got PNO=" + number + ", PNUM=" + total);
        }
    }
}
