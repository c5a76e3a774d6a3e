package org.dualcarbon.monitoring;

import java.util.List;

/**
 * Takes the closed 1-minute aggregates of devices, oldest first per device, after they are committed (the stream
 * rules are one). A minute is closed once a later minute of the same device has arrived; late minutes, older than
 * what a device already handed on, are stored and rolled up but not handed on again.
 */
public interface MinuteAggregateSink {

    void accept(List<MinuteAggregate> closedMinutes);
}
