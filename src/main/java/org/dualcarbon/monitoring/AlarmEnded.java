package org.dualcarbon.monitoring;

/** Published when an alarm is closed by a person: the stream rules may raise the same warning again from now on. */
public record AlarmEnded(long deviceId, MonitoringWarning.Cause cause, String code) {
}
