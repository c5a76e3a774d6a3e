package org.dualcarbon.monitoring.internal;

/** Inserted by the schedule (and by tests) to let time-based checks such as silence look at the clock; removed after. */
public final class ClockTick {

    private final long time;

    public ClockTick(long time) {
        this.time = time;
    }

    public long getTime() {
        return time;
    }
}
