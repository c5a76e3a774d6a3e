package org.dualcarbon.monitoring.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dualcarbon.monitoring.MonitoringWarning;

/** The global the warning rules report to; the session drains it after each firing. */
public final class WarningSink {

    private final List<MonitoringWarning> events = new ArrayList<>();

    public void raised(OpenWarning warning, long at) {
        events.add(of(warning, true, at));
    }

    public void cleared(OpenWarning warning, long at) {
        events.add(of(warning, false, at));
    }

    List<MonitoringWarning> drain() {
        List<MonitoringWarning> drained = List.copyOf(events);
        events.clear();
        return drained;
    }

    private static MonitoringWarning of(OpenWarning w, boolean raised, long at) {
        return new MonitoringWarning(raised, w.getDeviceId(), w.getUnitId(), MonitoringWarning.Cause.valueOf(w.getCause()),
                w.getCode(), w.getThresholdName(), w.getObserved(), beijing(at), beijing(w.getSince()));
    }

    private static LocalDateTime beijing(long epochMillis) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), RuleMinute.BEIJING);
    }
}
