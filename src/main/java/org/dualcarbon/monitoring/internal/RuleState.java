package org.dualcarbon.monitoring.internal;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The part of the stream rules' state that the database also holds, read back after a restart: each open or escalated
 * alarm becomes its {@link OpenWarning} again (from its device, cause, code, threshold row, the time its condition
 * began and the value seen), and each active device's latest stored minute becomes its {@link DeviceLastSeen}.
 * Episodes still short of their window (an exceedance 20 minutes into 30) are not stored and start afresh: after a
 * restart such a warning comes at most one window late, never twice. The caller runs this as the system.
 */
@Component
class RuleState {

    private final AlarmMapper alarms;
    private final RollupMapper minutes;

    RuleState(AlarmMapper alarms, RollupMapper minutes) {
        this.alarms = alarms;
        this.minutes = minutes;
    }

    void restoreInto(WarningSession session) {
        session.restore(openWarnings(), lastSeen());
    }

    List<OpenWarning> openWarnings() {
        return alarms.openAlarmStates().stream().map(a -> new OpenWarning(a.deviceId(), a.unitId(), a.cause(), a.code(),
                a.thresholdName(), RuleMinute.epochMillis(a.conditionSince()),
                a.observed() == null ? null : a.observed().doubleValue())).toList();
    }

    List<DeviceLastSeen> lastSeen() {
        return minutes.lastMinutes().stream()
                .map(m -> new DeviceLastSeen(m.deviceId(), m.unitId(), RuleMinute.epochMillis(m.minuteStart()))).toList();
    }
}
